using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Support;
using static EnterpriseSocial.IntegrationTests.Notifications.NotificationsClient;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>Reports, the moderation queues and their actions, the audit log and keyword rules.</summary>
public abstract class ModerationTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient author = null!;
    private HttpClient reporter = null!;
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        (author, _) = await host.Factory.EmployeeAsync(12);
        (reporter, _) = await host.Factory.EmployeeAsync(13);
        admin = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Task<HttpResponseMessage> ReportAsync(HttpClient client, string kind, Guid id, string reason = "Offensive") =>
        client.PostAsJsonAsync("/api/v1/activity/reports", new { targetKind = kind, targetId = id, reason });

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, string kind, Guid id, string action, string reason = "Breaks the charter") =>
        client.PostAsJsonAsync("/api/v1/activity/moderation/actions", new { targetKind = kind, targetId = id, action, reason });

    private static async Task<List<JsonElement>> QueueAsync(HttpClient client, Guid? spaceId = null) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/activity/moderation/queue{(spaceId is null ? "" : $"?spaceId={spaceId}")}")).EnumerateArray().ToList();

    [Fact]
    public async Task A_report_reaches_the_platform_queue_and_hiding_tells_the_author_why_and_is_logged()
    {
        var post = await author.PostAsync("Something questionable");
        var first = await ReportAsync(reporter, "post", post.Id());
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await ReportAsync(reporter, "post", post.Id());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).Id(), (await again.Content.ReadFromJsonAsync<JsonElement>()).Id());
        await (await ReportAsync(author, "post", post.Id())).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await reporter.GetAsync("/api/v1/activity/moderation/queue")).AssertProblemAsync(HttpStatusCode.Forbidden);

        var item = (await QueueAsync(admin)).Single(i => i.GetProperty("targetId").GetGuid() == post.Id());
        Assert.Equal(["Offensive"], item.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await ActAsync(admin, "post", post.Id(), "hidden")).StatusCode);
        await (await reporter.GetAsync($"/api/v1/activity/posts/{post.Id()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        var seenByAuthor = await author.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post.Id()}");
        Assert.Equal("Breaks the charter", seenByAuthor.GetProperty("hiddenReason").GetString());
        Assert.DoesNotContain(await QueueAsync(admin), i => i.GetProperty("targetId").GetGuid() == post.Id());

        Assert.Equal(HttpStatusCode.NoContent, (await ActAsync(admin, "post", post.Id(), "restored", "")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reporter.GetAsync($"/api/v1/activity/posts/{post.Id()}")).StatusCode);

        var log = await admin.GetFromJsonAsync<JsonElement>("/api/v1/activity/moderation/log?action=hidden");
        var entry = log.GetProperty("items").EnumerateArray().First(e => e.GetProperty("targetId").GetGuid() == post.Id());
        Assert.Equal("Breaks the charter", entry.GetProperty("reason").GetString());
        Assert.NotEqual(string.Empty, entry.GetProperty("moderatorName").GetString());
    }

    [Fact]
    public async Task Content_reported_by_enough_people_is_hidden_until_reviewed()
    {
        var post = await author.PostAsync("Many will object");
        foreach (var index in new[] { 14, 15, 16 })
        {
            var (client, _) = await host.Factory.EmployeeAsync(index);
            await ReportAsync(client, "post", post.Id(), "Spam");
        }

        await (await reporter.GetAsync($"/api/v1/activity/posts/{post.Id()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        var item = (await QueueAsync(admin)).Single(i => i.GetProperty("targetId").GetGuid() == post.Id());
        Assert.True(item.GetProperty("hidden").GetBoolean());
        Assert.Equal(3, item.GetProperty("reportCount").GetInt32());
        var log = await admin.GetFromJsonAsync<JsonElement>("/api/v1/activity/moderation/log?action=auto-hidden");
        var entry = log.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("targetId").GetGuid() == post.Id());
        const string english = "Reported by 3 people; hidden until a moderator reviews it.";
        Assert.Equal(english, entry.GetProperty("reason").GetString());

        // The platform's own reason is worded for each reader, in the language the request asks for.
        Assert.Equal(english, (await author.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post.Id()}")).GetProperty("hiddenReason").GetString());
        using var inFrench = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/activity/posts/{post.Id()}");
        inFrench.Headers.AcceptLanguage.ParseAdd("fr-FR");
        var seenInFrench = await (await author.SendAsync(inFrench)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Signalé par 3 personnes\u00A0; masqué jusqu'à l'examen d'un modérateur.", seenInFrench.GetProperty("hiddenReason").GetString());
    }

    [Fact]
    public async Task Reports_on_space_content_go_to_the_space_moderators_who_can_delete_it()
    {
        var space = (await (await author.PostAsJsonAsync("/api/v1/spaces", new { name = $"Mod {Guid.NewGuid():N}"[..16], visibility = "public" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        var (member, memberId) = await host.Factory.EmployeeAsync(17);
        await author.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = new[] { memberId } });
        var post = await (await member.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Off topic rant", spaceId = space })).Content.ReadFromJsonAsync<JsonElement>();
        await ReportAsync(reporter, "post", post.Id(), "Off topic");

        Assert.DoesNotContain(await QueueAsync(admin), i => i.GetProperty("targetId").GetGuid() == post.Id());
        Assert.Contains(await QueueAsync(author, space), i => i.GetProperty("targetId").GetGuid() == post.Id());
        await (await member.GetAsync($"/api/v1/activity/moderation/queue?spaceId={space}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await ActAsync(member, "post", post.Id(), "deleted")).AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.NoContent, (await ActAsync(author, "post", post.Id(), "deleted", "Off topic here")).StatusCode);
        Assert.True((await reporter.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post.Id()}")).GetProperty("deleted").GetBoolean());
        var log = await author.GetFromJsonAsync<JsonElement>($"/api/v1/activity/moderation/log?spaceId={space}");
        Assert.Equal(["deleted"], log.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        await Eventually.HoldsAsync(async () => (await member.GetFromJsonAsync<JsonElement>("/api/v1/notifications?type=moderation"))
            .GetProperty("items").EnumerateArray()
            .Any(n => n.GetProperty("detail").GetString() == "delete" && n.GetProperty("reason").GetString() == "Off topic here"), "the author is told why");
    }

    [Fact]
    public async Task A_message_reported_by_the_person_it_was_sent_to_is_deleted_by_a_platform_moderator_who_tells_the_sender()
    {
        var (_, reporterId, reporterToken) = await host.Factory.EmployeeWithTokenAsync(13);
        var (outsider, _) = await host.Factory.EmployeeAsync(14);
        await using var connection = host.Factory.HubConnection(reporterToken);
        var changes = await connection.ReceiveAsync("activity:messages", "message.changed");
        var sent = await author.PostAsJsonAsync($"/api/v1/messages/with/{reporterId}", new { text = "You will regret **this**" });
        var message = await sent.Content.ReadFromJsonAsync<JsonElement>();

        // Only the person written to reports it; to anyone else it does not exist.
        await (await ReportAsync(outsider, "message", message.Id())).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await ReportAsync(author, "message", message.Id())).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.Created, (await ReportAsync(reporter, "message", message.Id(), "Threatening")).StatusCode);

        var item = (await QueueAsync(admin)).Single(i => i.GetProperty("targetId").GetGuid() == message.Id());
        Assert.Equal("message", item.GetProperty("targetKind").GetString());
        Assert.Contains("<strong>this</strong>", item.GetProperty("bodyHtml").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("postId").ValueKind);
        Assert.Equal(["Threatening"], item.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        await (await ActAsync(admin, "message", message.Id(), "hidden")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await ActAsync(reporter, "message", message.Id(), "deleted")).AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.NoContent, (await ActAsync(admin, "message", message.Id(), "deleted", "Threats are not tolerated")).StatusCode);
        var live = (await changes.NextAsync()).GetProperty("message");
        Assert.Equal((message.Id(), true), (live.Id(), live.GetProperty("deleted").GetBoolean()));

        var kept = (await reporter.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{message.GetProperty("senderId").GetGuid()}"))
            .GetProperty("items").EnumerateArray().Single(m => m.Id() == message.Id());
        Assert.True(kept.GetProperty("deleted").GetBoolean());
        Assert.Equal("", kept.GetProperty("html").GetString());
        Assert.DoesNotContain(await QueueAsync(admin), i => i.GetProperty("targetId").GetGuid() == message.Id());
        await (await ReportAsync(reporter, "message", message.Id())).AssertProblemAsync(HttpStatusCode.NotFound);
        await Eventually.HoldsAsync(async () => (await author.GetFromJsonAsync<JsonElement>("/api/v1/notifications?type=moderation"))
            .GetProperty("items").EnumerateArray()
            .Any(n => n.GetProperty("detail").GetString() == "delete-message" && n.GetProperty("reason").GetString() == "Threats are not tolerated"),
            "the sender is told why");
    }

    [Fact]
    public async Task A_reported_message_that_sent_a_post_along_shows_moderators_what_it_sent()
    {
        var (recipient, recipientId) = await host.Factory.EmployeeAsync(20);
        var post = (await author.PostAsync("Everyone on the *third floor* is useless")).Id();
        var sent = await author.PostAsJsonAsync($"/api/v1/messages/with/{recipientId}", new { text = "", sharedPostId = post });
        var message = (await sent.Content.ReadFromJsonAsync<JsonElement>()).Id();
        Assert.Equal(HttpStatusCode.Created, (await ReportAsync(recipient, "message", message, "Insulting")).StatusCode);

        var item = (await QueueAsync(admin)).Single(i => i.GetProperty("targetId").GetGuid() == message);
        Assert.Equal("<p><em>Post sent along:</em> Everyone on the third floor is useless</p>", item.GetProperty("bodyHtml").GetString());
    }

    [Fact]
    public async Task A_space_moderator_chooses_a_best_answer_and_removes_a_comment_and_the_removal_is_logged()
    {
        var space = (await (await author.PostAsJsonAsync("/api/v1/spaces", new { name = $"Ask {Guid.NewGuid():N}"[..16], visibility = "public" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        var (member, memberId) = await host.Factory.EmployeeAsync(18);
        await author.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = new[] { memberId } });
        var (other, otherId) = await host.Factory.EmployeeAsync(19);
        await author.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = new[] { otherId } });
        var question = await (await member.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Which tool?", spaceId = space, kind = "question" })).Content.ReadFromJsonAsync<JsonElement>();
        var answer = await (await other.PostAsJsonAsync($"/api/v1/activity/posts/{question.Id()}/comments", new { body = "This one" })).Content.ReadFromJsonAsync<JsonElement>();
        var rude = await (await other.PostAsJsonAsync($"/api/v1/activity/posts/{question.Id()}/comments", new { body = "Rude remark" })).Content.ReadFromJsonAsync<JsonElement>();

        await (await other.PutAsJsonAsync($"/api/v1/activity/posts/{question.Id()}/best-answer", new { commentId = answer.Id() })).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await author.PutAsJsonAsync($"/api/v1/activity/posts/{question.Id()}/best-answer", new { commentId = answer.Id() })).StatusCode);
        await (await member.DeleteAsync($"/api/v1/activity/comments/{rude.Id()}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"/api/v1/activity/comments/{rude.Id()}")).StatusCode);

        var log = await author.GetFromJsonAsync<JsonElement>($"/api/v1/activity/moderation/log?spaceId={space}");
        var entry = log.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(("deleted", rude.Id()), (entry.GetProperty("action").GetString(), entry.GetProperty("targetId").GetGuid()));
    }

    [Fact]
    public async Task A_hidden_comment_keeps_its_place_and_only_its_author_reads_it()
    {
        var post = await author.PostAsync("Open conversation");
        var comment = await (await reporter.PostAsJsonAsync($"/api/v1/activity/posts/{post.Id()}/comments", new { body = "Rude words" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.NoContent, (await ActAsync(admin, "comment", comment.Id(), "hidden", "Be courteous")).StatusCode);

        var seenByOthers = (await author.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post.Id()}/comments")).GetProperty("items")[0];
        Assert.True(seenByOthers.GetProperty("hidden").GetBoolean());
        Assert.Equal(string.Empty, seenByOthers.GetProperty("bodyHtml").GetString());
        var seenByAuthor = (await reporter.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post.Id()}/comments")).GetProperty("items")[0];
        Assert.Equal("Be courteous", seenByAuthor.GetProperty("hiddenReason").GetString());
        Assert.Contains("Rude words", seenByAuthor.GetProperty("bodyHtml").GetString());
    }

    [Fact]
    public async Task Keyword_rules_refuse_or_flag_whole_words_whatever_their_case_and_accents()
    {
        await (await reporter.PutAsJsonAsync("/api/v1/activity/moderation/keywords", Array.Empty<object>())).AssertProblemAsync(HttpStatusCode.Forbidden);
        var rules = new object[]
        {
            new { pattern = "Clafoutis", wholeWord = true, action = "refuse", message = "Pas de clafoutis ici." },
            new { pattern = "budget secret", wholeWord = false, action = "flag", message = "" },
        };
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/activity/moderation/keywords", rules)).StatusCode);
        try
        {
            var refused = await (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Un CLAFOUTÎS pour tous" })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("Pas de clafoutis ici.", refused.GetProperty("detail").GetString());
            Assert.Equal(HttpStatusCode.Created, (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Des clafoutisseries" })).StatusCode);
            var post = await author.PostAsync("Le Budget Secret de 2027");
            await (await reporter.PostAsJsonAsync($"/api/v1/activity/posts/{post.Id()}/comments", new { body = "clafoutis !" })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

            var item = (await QueueAsync(admin)).Single(i => i.GetProperty("targetId").GetGuid() == post.Id());
            Assert.Equal("Matched the keyword rule \"budget secret\".", item.GetProperty("reasons")[0].GetString());
        }
        finally
        {
            await admin.PutAsJsonAsync("/api/v1/activity/moderation/keywords", Array.Empty<object>());
        }
    }

    [Fact]
    public async Task Bad_reports_and_actions_are_refused_with_problems()
    {
        var post = await author.PostAsync("Fine content");
        await (await ReportAsync(reporter, "poem", post.Id())).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await ReportAsync(reporter, "post", post.Id(), "")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await ReportAsync(reporter, "post", Guid.CreateVersion7())).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await ActAsync(admin, "post", post.Id(), "banished")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await ActAsync(admin, "post", post.Id(), "hidden", "")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await ActAsync(admin, "person", post.Id(), "hidden")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/v1/activity/moderation/log?cursor=nonsense")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}

public sealed class SqliteModerationTests(SqliteHost host) : ModerationTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlModerationTests(PostgreSqlHost host) : ModerationTests(host), IClassFixture<PostgreSqlHost>;
