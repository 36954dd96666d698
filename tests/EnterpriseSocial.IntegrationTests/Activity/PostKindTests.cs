using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Activity;

public abstract class PostKindTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient author = null!;
    private HttpClient reader = null!;

    public async Task InitializeAsync()
    {
        (author, _) = await host.Factory.EmployeeAsync(9);
        (reader, _) = await host.Factory.EmployeeAsync(10);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> SeenAsync(HttpClient client, Guid post) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post}");

    [Fact]
    public async Task A_poll_shows_its_results_after_voting_and_refuses_votes_once_closed()
    {
        var poll = await ReadAsync(await author.PostAsJsonAsync("/api/v1/activity/posts", new
        {
            body = "Where should the summer party be?",
            kind = "poll",
            poll = new { options = new[] { "Lyon", "Nantes", "Lille" }, multipleChoice = false, closesAt = DateTimeOffset.UtcNow.AddDays(7) },
        }), HttpStatusCode.Created);
        Assert.Equal("poll", poll.GetProperty("kind").GetString());

        var before = (await SeenAsync(reader, poll.Id())).GetProperty("poll");
        Assert.All(before.GetProperty("options").EnumerateArray(), o => Assert.Equal(JsonValueKind.Null, o.GetProperty("votes").ValueKind));

        await (await reader.PutAsJsonAsync($"/api/v1/activity/posts/{poll.Id()}/vote", new { options = new[] { 0, 1 } })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await reader.PutAsJsonAsync($"/api/v1/activity/posts/{poll.Id()}/vote", new { options = new[] { 7 } })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NoContent, (await reader.PutAsJsonAsync($"/api/v1/activity/posts/{poll.Id()}/vote", new { options = new[] { 0 } })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await reader.PutAsJsonAsync($"/api/v1/activity/posts/{poll.Id()}/vote", new { options = new[] { 2 } })).StatusCode);

        var after = (await SeenAsync(reader, poll.Id())).GetProperty("poll");
        Assert.Equal([0, 0, 1], after.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()));
        Assert.Equal([2], after.GetProperty("myChoices").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal(1, after.GetProperty("voters").GetInt32());

        using (var scope = host.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ActivityDbContext>().Posts.Where(p => p.Id == poll.Id())
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.PollClosesAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        await (await author.PutAsJsonAsync($"/api/v1/activity/posts/{poll.Id()}/vote", new { options = new[] { 1 } })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True((await SeenAsync(author, poll.Id())).GetProperty("poll").GetProperty("closed").GetBoolean());
    }

    [Fact]
    public async Task A_page_shows_each_reader_what_they_did_to_its_posts_and_to_the_originals_shared_in_it()
    {
        var poll = await ReadAsync(await author.PostAsJsonAsync("/api/v1/activity/posts", new
        {
            body = "Which #offsite day?", kind = "poll", poll = new { options = new[] { "Monday", "Friday" }, multipleChoice = false },
        }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await reader.PutAsJsonAsync($"/api/v1/activity/posts/{poll.Id()}/vote", new { options = new[] { 1 } })).StatusCode);
        await reader.PutAsJsonAsync($"/api/v1/activity/posts/{poll.Id()}/reaction", new { kind = "insightful" });
        await reader.PutAsync($"/api/v1/activity/posts/{poll.Id()}/saved", null);
        var share = await author.PostAsync("Vote before Friday #logistics", sharedPostId: poll.Id());

        async Task<(JsonElement Poll, JsonElement Share)> PageAsync(HttpClient client)
        {
            var items = (await client.GetFromJsonAsync<JsonElement>("/api/v1/activity/feeds/company?limit=10")).GetProperty("items").EnumerateArray().ToList();
            return (items.Single(i => i.Id() == poll.Id()), items.Single(i => i.Id() == share.Id()));
        }

        var (readerPoll, readerShare) = await PageAsync(reader);
        foreach (var seen in new[] { readerPoll, readerShare.GetProperty("sharedPost") })
        {
            Assert.Equal("insightful", seen.GetProperty("myReaction").GetString());
            Assert.True(seen.GetProperty("saved").GetBoolean());
            Assert.Equal([1], seen.GetProperty("poll").GetProperty("myChoices").EnumerateArray().Select(c => c.GetInt32()));
            Assert.Equal(["Monday", "Friday"], seen.GetProperty("poll").GetProperty("options").EnumerateArray().Select(o => o.GetProperty("text").GetString()));
            Assert.Equal(["offsite"], seen.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        }

        Assert.Equal(["logistics"], readerShare.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        var (authorPoll, _) = await PageAsync(author);
        Assert.Equal(JsonValueKind.Null, authorPoll.GetProperty("myReaction").ValueKind);
        Assert.False(authorPoll.GetProperty("saved").GetBoolean());
        Assert.Empty(authorPoll.GetProperty("poll").GetProperty("myChoices").EnumerateArray());
        Assert.Equal([0, 1], authorPoll.GetProperty("poll").GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()));
    }

    [Fact]
    public async Task Bad_polls_are_refused()
    {
        await (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "One?", kind = "poll", poll = new { options = new[] { "Only" } } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Past?", kind = "poll", poll = new { options = new[] { "A", "B" }, closesAt = DateTimeOffset.UtcNow.AddDays(-1) } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Same?", kind = "poll", poll = new { options = new[] { "A", "a" } } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "What?", kind = "limerick" })).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_author_of_a_question_marks_the_best_answer()
    {
        var question = await ReadAsync(await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "How do I book a meeting room?", kind = "question" }), HttpStatusCode.Created);
        var answer = await ReadAsync(await reader.PostAsJsonAsync($"/api/v1/activity/posts/{question.Id()}/comments", new { body = "Through the intranet's booking page." }), HttpStatusCode.Created);
        var other = await author.PostAsync("Not a question");
        var stray = await ReadAsync(await reader.PostAsJsonAsync($"/api/v1/activity/posts/{other.Id()}/comments", new { body = "Elsewhere" }), HttpStatusCode.Created);

        await (await reader.PutAsJsonAsync($"/api/v1/activity/posts/{question.Id()}/best-answer", new { commentId = answer.Id() })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await author.PutAsJsonAsync($"/api/v1/activity/posts/{question.Id()}/best-answer", new { commentId = stray.Id() })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await author.PutAsJsonAsync($"/api/v1/activity/posts/{other.Id()}/best-answer", new { commentId = stray.Id() })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.NoContent, (await author.PutAsJsonAsync($"/api/v1/activity/posts/{question.Id()}/best-answer", new { commentId = answer.Id() })).StatusCode);

        Assert.Equal(answer.Id(), (await SeenAsync(reader, question.Id())).GetProperty("bestAnswerId").GetGuid());
    }

    [Fact]
    public async Task A_comment_is_read_at_the_address_its_writing_answered_also_as_activity_streams()
    {
        var question = await ReadAsync(await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Who has the projector?", kind = "question" }), HttpStatusCode.Created);
        var written = await reader.PostAsJsonAsync($"/api/v1/activity/posts/{question.Id()}/comments", new { body = "The **front desk** does." });
        var answer = await ReadAsync(written, HttpStatusCode.Created);
        var reply = await ReadAsync(await author.PostAsJsonAsync($"/api/v1/activity/posts/{question.Id()}/comments", new { body = "Thanks!", parentId = answer.Id() }), HttpStatusCode.Created);

        var located = await author.GetFromJsonAsync<JsonElement>(written.Headers.Location);
        Assert.Equal(answer.Id(), located.Id());
        Assert.Contains("<strong>front desk</strong>", located.GetProperty("bodyHtml").GetString());
        Assert.Equal([reply.Id()], located.GetProperty("replies").EnumerateArray().Select(r => r.Id()));

        var as2 = new HttpRequestMessage(HttpMethod.Get, written.Headers.Location);
        as2.Headers.Accept.ParseAdd("application/activity+json");
        var note = await (await author.SendAsync(as2)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Note", note.GetProperty("type").GetString());
        Assert.EndsWith($"/api/v1/activity/posts/{question.Id()}", note.GetProperty("inReplyTo").GetString());

        var missing = await (await author.GetAsync($"/api/v1/activity/comments/{Guid.CreateVersion7()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("No such comment.", missing.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_must_read_announcement_reaches_every_home_stream_and_its_author_sees_the_read_rate()
    {
        await (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Everyone listen", kind = "announcement" })).AssertProblemAsync(HttpStatusCode.Forbidden);

        var hr = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("HR"));
        var announcement = await ReadAsync(await hr.PostAsJsonAsync("/api/v1/activity/posts", new
        {
            body = "New **mutual insurance** contract from January: please read.",
            kind = "announcement",
            mustRead = true,
        }), HttpStatusCode.Created);

        Assert.Contains(announcement.Id(), await reader.FeedAsync("home"));
        Assert.Equal(HttpStatusCode.NoContent, (await reader.PutAsync($"/api/v1/activity/posts/{announcement.Id()}/acknowledgement", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await reader.PutAsync($"/api/v1/activity/posts/{announcement.Id()}/acknowledgement", null)).StatusCode);

        var seenByReader = (await SeenAsync(reader, announcement.Id())).GetProperty("announcement");
        Assert.True(seenByReader.GetProperty("acknowledgedByMe").GetBoolean());
        Assert.Equal(JsonValueKind.Null, seenByReader.GetProperty("acknowledged").ValueKind);
        var seenByAuthor = (await SeenAsync(hr, announcement.Id())).GetProperty("announcement");
        Assert.Equal(1, seenByAuthor.GetProperty("acknowledged").GetInt32());
        Assert.True(seenByAuthor.GetProperty("audience").GetInt32() > 200);
        Assert.False(seenByAuthor.GetProperty("acknowledgedByMe").GetBoolean());
        await (await hr.PutAsync($"/api/v1/activity/posts/{announcement.Id()}/acknowledgement", null)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, (await SeenAsync(hr, announcement.Id())).GetProperty("announcement").GetProperty("acknowledged").GetInt32());

        // Authors could acknowledge their own announcements before they were refused: such a mark is not a reader's.
        using (var scope = host.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
            db.Acknowledgements.Add(new Acknowledgement { PostId = announcement.Id(), PersonId = announcement.GetProperty("author").GetProperty("id").GetGuid(), At = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, (await SeenAsync(hr, announcement.Id())).GetProperty("announcement").GetProperty("acknowledged").GetInt32());

        var plain = await author.PostAsync("Nothing to acknowledge");
        await (await reader.PutAsync($"/api/v1/activity/posts/{plain.Id()}/acknowledgement", null)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }
}

public sealed class SqlitePostKindTests(SqliteHost host) : PostKindTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlPostKindTests(PostgreSqlHost host) : PostKindTests(host), IClassFixture<PostgreSqlHost>;
