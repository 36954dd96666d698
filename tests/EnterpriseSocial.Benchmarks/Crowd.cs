using System.Net;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.Benchmarks;

/// <summary>
/// Many people who can sign in, on top of the demo company: profiles and accounts written straight
/// into the tables, every account with the demo password's hash (one hash for all, as the demo
/// seeding does), then each person signed in through the real code flow for an access token.
/// </summary>
internal static class Crowd
{
    public const string SessionCookie = "es.session";
    private const string Domain = "crowd.example";
    private const int SignInConcurrency = 8;

    public static string Email(int index) => $"crowd.{index:D5}@{Domain}";

    /// <summary>Writes the people while no host runs; returns their ids in the order of their e-mails.</summary>
    public static async Task<IReadOnlyList<Guid>> WriteAsync(TableWriter writer, int count)
    {
        var now = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
        await writer.WriteAsync("profiles", "Profiles",
            ["Id", "DisplayName", "Email", "JobTitle", "Department", "Site", "PreferredLanguage", "DirectoryKey", "SearchText", "CreatedAt"],
            ids.Select((id, i) => new object?[]
            {
                id, $"Crowd Person {i:D5}", Email(i), "Analyst", $"Department {i % 40}", $"Site {i % 12}", "en",
                $"crowd person {i:D5}#{id:N}", $"crowd person {i:D5} analyst department {i % 40}", now,
            }));

        // Accounts copy their profile; normalized names are upper-case as ASP.NET Core Identity makes them.
        await writer.ExecuteAsync(
            $"""
            INSERT INTO identity."Accounts" ("Id", "DisplayName", "IsActive", "CreatedAt", "UserName", "NormalizedUserName", "Email",
              "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed",
              "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            SELECT p."Id", p."DisplayName", true, p."CreatedAt", p."Email", upper(p."Email"), p."Email", upper(p."Email"), true,
              (SELECT a."PasswordHash" FROM identity."Accounts" a WHERE a."PasswordHash" IS NOT NULL LIMIT 1),
              md5(random()::text), md5(random()::text), false, false, true, 0
            FROM profiles."Profiles" p WHERE p."Email" LIKE '%@{Domain}'
            """,
            $"""
            INSERT INTO "identity_Accounts" ("Id", "DisplayName", "IsActive", "CreatedAt", "UserName", "NormalizedUserName", "Email",
              "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed",
              "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            SELECT p."Id", p."DisplayName", 1, p."CreatedAt", p."Email", upper(p."Email"), p."Email", upper(p."Email"), 1,
              (SELECT a."PasswordHash" FROM "identity_Accounts" a WHERE a."PasswordHash" IS NOT NULL LIMIT 1),
              lower(hex(randomblob(16))), lower(hex(randomblob(16))), 0, 0, 1, 0
            FROM "profiles_Profiles" p WHERE p."Email" LIKE '%@{Domain}'
            """);
        await writer.ExecuteAsync(
            $"""
            INSERT INTO identity."AccountRoles" ("UserId", "RoleId")
            SELECT p."Id", r."Id" FROM profiles."Profiles" p CROSS JOIN identity."Roles" r
            WHERE r."NormalizedName" = 'EMPLOYEE' AND p."Email" LIKE '%@{Domain}'
            """,
            $"""
            INSERT INTO "identity_AccountRoles" ("UserId", "RoleId")
            SELECT p."Id", r."Id" FROM "profiles_Profiles" p CROSS JOIN "identity_Roles" r
            WHERE r."NormalizedName" = 'EMPLOYEE' AND p."Email" LIKE '%@{Domain}'
            """);
        return ids;
    }

    /// <summary>
    /// Notifications each person received before the measurement, read, as an inbox long in service
    /// holds them: reactions to their posts, written in a shuffled order across people as they would
    /// have arrived, each read later (its read mark took the next number after all of them, as
    /// marking everything read does), with each person's counter where their last read mark left it.
    /// </summary>
    public static async Task WriteNotificationHistoryAsync(TableWriter writer, IReadOnlyList<Guid> people, int perPerson)
    {
        if (perPerson == 0)
        {
            return;
        }

        var random = new Random(5);
        var arrivals = people.SelectMany(person => Enumerable.Repeat(person, perPerson)).ToArray();
        random.Shuffle(arrivals);
        var sequences = people.ToDictionary(p => p, _ => 0L);
        var start = DateTimeOffset.UtcNow.AddDays(-180);
        var step = TimeSpan.FromDays(180) / arrivals.Length;
        await writer.WriteAsync("notifications", "Notifications",
            ["Id", "RecipientId", "Sequence", "ChangeSequence", "Type", "GroupKey", "Actors", "ActorCount", "PostId", "CreatedAt", "UpdatedAt", "ReadAt"],
            arrivals.Select((person, i) =>
            {
                var at = start + step * i;
                var sequence = ++sequences[person];
                var post = Guid.CreateVersion7(at);
                var actor = people[random.Next(people.Count)];
                return new object?[] { Guid.CreateVersion7(at), person, sequence, sequence + perPerson, "reaction", $"reaction:post:{post}", actor.ToString(), 1, post, at, at, at };
            }));
        await writer.WriteAsync("notifications", "Inboxes", ["PersonId", "LastSequence", "SeenSequence", "LastSeenAt"],
            people.Select(person => new object?[] { person, 2L * perPerson, 2L * perPerson, DateTimeOffset.UtcNow }));
    }

    /// <summary>The first <paramref name="count"/> people signed in, in their order.</summary>
    public static async Task<SignedIn[]> SignInAsync(Uri address, int count, Action<string> log)
    {
        var signedIn = new SignedIn[count];
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = SignInConcurrency }, async (i, _) =>
        {
            signedIn[i] = await SignInAsync(address, Email(i));
            if (Interlocked.Increment(ref done) % 1000 == 0)
            {
                log($"{done} people signed in");
            }
        });
        return signedIn;
    }

    public static async Task<SignedIn> SignInAsync(Uri address, string email)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = address };
        var signIn = await browser.PasswordSignInAsync(email, Oidc.DemoPassword);
        signIn.EnsureSuccessStatusCode();
        var accessToken = (await browser.CodeFlowAsync()).AccessToken;
        return new SignedIn(accessToken, cookies.GetCookies(address)[SessionCookie]?.Value
            ?? throw new InvalidOperationException($"Signing {email} in set no {SessionCookie} cookie."));
    }
}

/// <summary>
/// A person signed in as in the web client: the access token its requests carry, and the sign-in
/// session's cookie, which the browser sends with every request to the host, the hub's included.
/// </summary>
internal sealed record SignedIn(string AccessToken, string SessionCookie);
