using EnterpriseSocial.Activity.Domain;

namespace EnterpriseSocial.Benchmarks;

/// <summary>The roles some generated or demo people play in the measurements.</summary>
internal sealed record GeneratedCompany(
    IReadOnlyList<(Guid Id, string Email)> Readers,
    (Guid Id, string Email) LargeAuthor,
    (Guid Id, string Email) OrdinaryAuthor,
    Guid ProlificAuthor);

/// <summary>
/// A company of generated people on top of the demo company: a follow graph where most people follow
/// about twenty colleagues, five people have 5 000 followers, one demo account is followed by everyone
/// (the large-audience author), and posts skewed towards a few prolific authors.
/// </summary>
internal static class CompanyGenerator
{
    private const int FollowsPerPerson = 20;
    private const int PopularPeople = 5;
    private const int PopularFollowers = 5000;

    public static async Task<GeneratedCompany> GenerateAsync(TableWriter writer, int people, int posts, Action<string> log)
    {
        var random = new Random(42);
        var now = DateTimeOffset.UtcNow;
        var demo = await writer.DemoPeopleAsync();
        var ids = Enumerable.Range(0, people).Select(_ => Guid.CreateVersion7()).ToArray();

        await writer.WriteAsync("profiles", "Profiles",
            ["Id", "DisplayName", "Email", "JobTitle", "Department", "Site", "PreferredLanguage", "DirectoryKey", "SearchText", "CreatedAt"],
            ids.Select((id, i) => new object?[]
            {
                id, $"Generated Person {i:D5}", $"generated.{i:D5}@bench.example", "Analyst", $"Department {i % 40}", $"Site {i % 12}", "en",
                $"generated person {i:D5}#{id:N}", $"generated person {i:D5} analyst department {i % 40}", now,
            }));
        log($"{people} profiles");

        var largeAuthor = demo[0];
        var ordinaryAuthor = demo[1];
        var readers = demo.Skip(2).ToList();
        var edges = new HashSet<(Guid Follower, Guid Followee)>();
        foreach (var follower in ids)
        {
            for (var k = 0; k < FollowsPerPerson; k++)
            {
                edges.Add((follower, ids[random.Next(people)]));
            }

            edges.Add((follower, largeAuthor.Id));
        }

        foreach (var popular in ids.Take(PopularPeople))
        {
            foreach (var follower in ids.OrderBy(_ => random.Next()).Take(PopularFollowers))
            {
                edges.Add((follower, popular));
            }
        }

        foreach (var follower in ids.OrderBy(_ => random.Next()).Take(300))
        {
            edges.Add((follower, ordinaryAuthor.Id));
        }

        foreach (var reader in readers)
        {
            edges.Add((reader.Id, largeAuthor.Id));
            edges.Add((reader.Id, ordinaryAuthor.Id));
            foreach (var followee in ids.Take(PopularPeople).Concat(Enumerable.Range(0, 100).Select(_ => ids[random.Next(people)])))
            {
                edges.Add((reader.Id, followee));
            }
        }

        edges.RemoveWhere(e => e.Follower == e.Followee);
        // Demo people already follow each other; the two authors' followers are written afresh below.
        var authors = $"'{largeAuthor.Id}', '{ordinaryAuthor.Id}'";
        await writer.ExecuteAsync(
            $"DELETE FROM profiles.\"Follows\" WHERE \"FolloweeId\" IN ({authors})",
            $"DELETE FROM \"profiles_Follows\" WHERE \"FolloweeId\" IN ({authors.ToUpperInvariant()})");
        await writer.WriteAsync("profiles", "Follows", ["FollowerId", "FolloweeId", "CreatedAt"],
            edges.Select(e => new object?[] { e.Follower, e.Followee, now }));
        await writer.ExecuteAsync(
            """
            UPDATE profiles."Profiles" p SET
              "FollowerCount" = (SELECT count(*) FROM profiles."Follows" f WHERE f."FolloweeId" = p."Id"),
              "FollowingCount" = (SELECT count(*) FROM profiles."Follows" f WHERE f."FollowerId" = p."Id")
            """,
            """
            UPDATE "profiles_Profiles" SET
              "FollowerCount" = (SELECT count(*) FROM "profiles_Follows" f WHERE f."FolloweeId" = "profiles_Profiles"."Id"),
              "FollowingCount" = (SELECT count(*) FROM "profiles_Follows" f WHERE f."FollowerId" = "profiles_Profiles"."Id")
            """);
        log($"{edges.Count} follows");

        var start = now.AddDays(-365);
        var step = TimeSpan.FromDays(365) / posts;
        var topics = new List<object?[]>();
        var firstSequence = await writer.LastPostSequenceAsync() + 1;
        await writer.WriteAsync("activity", "Posts",
            ["Id", "AuthorId", "BodyMarkdown", "BodyHtml", "SearchText", "CreatedAt", "CommentCount", "Reactions_Celebrate", "Reactions_Curious", "Reactions_Insightful", "Reactions_Like", "Reactions_Support"],
            Enumerable.Range(0, posts).Select(i =>
            {
                // Squaring a uniform number skews authorship towards the first (and most followed) people.
                var author = ids[(int)(people * Math.Pow(random.NextDouble(), 2))];
                var tagged = i % 5 == 0;
                if (tagged)
                {
                    topics.Add([$"topic{i % 50}", firstSequence + i]);
                }

                var text = tagged ? $"Update {i} on #topic{i % 50}" : $"Update {i} from the team";
                var html = $"<p>{text}</p>\n";
                // Written searchable, as publishing does: otherwise the host would index a million posts while being measured.
                return new object?[] { Guid.CreateVersion7(), author, text, html, SearchableText.Of(html), start + (step * i), 0, 0, 0, 0, i % 7, 0 };
            }));
        await writer.WriteAsync("activity", "PostTopics", ["Topic", "PostSequence"], topics);
        log($"{posts} posts, {topics.Count} tagged");
        await writer.IndexForSearchAsync();
        log("posts indexed for search");

        // The fan-out records large audiences on their first post; generated posts bypass it, so record them here.
        await writer.WriteAsync("activity", "LargeAudiences", ["Kind", "Key"],
            ids.Take(PopularPeople).Append(largeAuthor.Id).Select(id => new object?[] { 0, id.ToString() }));
        await writer.SettleAsync();
        log("database settled");
        return new GeneratedCompany(readers, largeAuthor, ordinaryAuthor, ids[0]);
    }
}
