using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using static EnterpriseSocial.IntegrationTests.Notifications.NotificationsClient;

namespace EnterpriseSocial.IntegrationTests.Notifications;

/// <summary>An edit that mentions someone tells them, as the first text would have; nobody already mentioned is told twice.</summary>
public abstract class MentionEditTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient alice = null!;
    private Guid aliceId;
    private HttpClient bob = null!;
    private HttpClient carol = null!;
    private Guid carolId;
    private HttpClient dan = null!;
    private Guid danId;

    public async Task InitializeAsync()
    {
        (alice, aliceId) = await host.Factory.EmployeeAsync(20);
        (bob, _) = await host.Factory.EmployeeAsync(21);
        (carol, carolId) = await host.Factory.EmployeeAsync(22);
        (dan, danId) = await host.Factory.EmployeeAsync(23);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_post_edited_to_mention_someone_tells_them_and_not_again_those_already_mentioned()
    {
        var post = (await bob.PostAsync($"Draft agenda for @[Carol]({carolId})")).Id();
        await Eventually.HoldsAsync(async () => await EntryAboutAsync(carol, "mention", post) is not null, "the first mention is told");
        var told = (await EntryAboutAsync(carol, "mention", post))!.Value;
        Assert.Equal(HttpStatusCode.NoContent, (await carol.PutAsync($"/api/v1/notifications/{told.Id()}/read", null)).StatusCode);
        var read = (await EntryAboutAsync(carol, "mention", post))!.Value;

        var edit = await bob.PatchAsJsonAsync($"/api/v1/activity/posts/{post}", new { body = $"Agenda for @[Carol]({carolId}) and @[Alice]({aliceId})" });

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        await Eventually.HoldsAsync(async () => await EntryAboutAsync(alice, "mention", post) is not null, "the person mentioned by the edit is told");
        var again = (await EntryAboutAsync(carol, "mention", post))!.Value;
        Assert.True(again.GetProperty("read").GetBoolean());
        Assert.Equal(read.GetProperty("sequence").GetInt64(), again.GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task A_comment_edited_to_mention_someone_tells_them_about_that_comment()
    {
        var post = (await dan.PostAsync($"Retrospective notes {Guid.NewGuid():N}")).Id();
        var comment = (await (await bob.PostAsJsonAsync($"/api/v1/activity/posts/{post}/comments", new { body = "Good points" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();

        var edit = await bob.PatchAsJsonAsync($"/api/v1/activity/comments/{comment}", new { body = $"Good points, @[Alice]({aliceId}) should see them" });

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        await Eventually.HoldsAsync(async () => await EntryAboutAsync(alice, "mention", post) is not null, "the person mentioned by the edit is told");
        Assert.Equal(comment, (await EntryAboutAsync(alice, "mention", post))!.Value.GetProperty("commentId").GetGuid());
    }

    [Fact]
    public async Task An_edit_mentioning_someone_outside_a_private_space_tells_only_its_members()
    {
        var space = (await (await bob.PostAsJsonAsync("/api/v1/spaces", new { name = $"Budget {Guid.NewGuid():N}"[..20], visibility = "private" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        await bob.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = new[] { danId } });
        Assert.True((await dan.PutAsJsonAsync($"/api/v1/spaces/{space}/membership", new { })).IsSuccessStatusCode);
        var post = (await (await bob.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Figures for next year", spaceId = space }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();

        var edit = await bob.PatchAsJsonAsync($"/api/v1/activity/posts/{post}", new { body = $"Figures for @[Dan]({danId}) and @[Alice]({aliceId})" });

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        await Eventually.HoldsAsync(async () => await EntryAboutAsync(dan, "mention", post) is not null, "the member is told");
        Assert.Null(await EntryAboutAsync(alice, "mention", post));
    }
}

public sealed class SqliteMentionEditTests(SqliteHost host) : MentionEditTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlMentionEditTests(PostgreSqlHost host) : MentionEditTests(host), IClassFixture<PostgreSqlHost>;
