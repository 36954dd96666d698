using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>Posts scheduled for later: invisible until their time, then published as their author is at that moment.</summary>
public abstract class ScheduledPostTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient author = null!;
    private HttpClient owner = null!;
    private Guid authorId;
    private HttpClient other = null!;

    public async Task InitializeAsync()
    {
        (author, authorId) = await host.Factory.EmployeeAsync(35);
        (owner, _) = await host.Factory.EmployeeAsync(36);
        (other, _) = await host.Factory.EmployeeAsync(37);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_scheduled_post_is_seen_by_nobody_until_its_time_then_appears_once()
    {
        var body = $"Town hall reminder {Guid.NewGuid():N}";
        var scheduled = await ScheduleAsync(author, new { body, publishAt = DateTimeOffset.UtcNow.AddSeconds(1) });
        Assert.Equal(HttpStatusCode.Accepted, scheduled.StatusCode);
        var view = await scheduled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(body, view.GetProperty("body").GetString());
        Assert.Contains(await ListAsync(author), s => s.Id() == view.Id());
        Assert.Empty(await ListAsync(other));
        Assert.DoesNotContain(await BodiesAsync(other, "company"), b => b.Contains(body, StringComparison.Ordinal));

        // Two nodes publishing at once still make one post.
        await Eventually.HoldsAsync(async () =>
        {
            await Task.WhenAll(PublishDueAsync(), PublishDueAsync());
            return (await ListAsync(author)).Count == 0;
        }, "the post's time comes and it is published");
        Assert.Single(await BodiesAsync(other, "company"), b => b.Contains(body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scheduling_is_checked_when_asked_and_again_when_published()
    {
        await (await ScheduleAsync(author, new { body = "Too late", publishAt = DateTimeOffset.UtcNow.AddMinutes(-1) })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await ScheduleAsync(author, new { body = "Too far", publishAt = DateTimeOffset.UtcNow.AddYears(2) })).AssertProblemAsync(HttpStatusCode.BadRequest);

        var space = (await (await owner.PostAsJsonAsync("/api/v1/spaces", new { name = $"Plan {Guid.NewGuid():N}"[..20], visibility = "private" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        await (await ScheduleAsync(author, new { body = "Not a member", spaceId = space, publishAt = DateTimeOffset.UtcNow.AddHours(1) }))
            .AssertProblemAsync(HttpStatusCode.NotFound);

        await owner.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = new[] { authorId } });
        using var inFrench = new HttpRequestMessage(HttpMethod.Post, "/api/v1/activity/posts")
        {
            Content = JsonContent.Create(new { body = "Launch day", spaceId = space, publishAt = DateTimeOffset.UtcNow.AddSeconds(1) }),
        };
        inFrench.Headers.AcceptLanguage.ParseAdd("fr-FR");
        var response = await author.SendAsync(inFrench);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var scheduled = (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
        await (await other.DeleteAsync($"/api/v1/activity/scheduled/{scheduled}")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/spaces/{space}/members/{authorId}")).StatusCode);
        await Eventually.HoldsAsync(async () =>
        {
            await PublishDueAsync();
            return (await ListAsync(author)).Single(s => s.Id() == scheduled).GetProperty("failedReason").ValueKind == JsonValueKind.String;
        }, "the publication fails for a former member");
        Assert.DoesNotContain(await BodiesAsync(owner, $"spaces/{space}"), b => b.Contains("Launch day", StringComparison.Ordinal));

        // The reason is worded in the language the post was scheduled in, as the same refusal now in French.
        var reason = (await ListAsync(author)).Single(s => s.Id() == scheduled).GetProperty("failedReason").GetString();
        async Task<string?> RefusalNowAsync(string language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/activity/posts") { Content = JsonContent.Create(new { body = "Launch day", spaceId = space }) };
            request.Headers.AcceptLanguage.ParseAdd(language);
            return (await (await author.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        }

        Assert.Equal(await RefusalNowAsync("fr"), reason);
        Assert.NotEqual(await RefusalNowAsync("en"), reason);

        var moved = await author.PatchAsJsonAsync($"/api/v1/activity/scheduled/{scheduled}", new { publishAt = DateTimeOffset.UtcNow.AddDays(1) });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"/api/v1/activity/scheduled/{scheduled}")).StatusCode);
        Assert.DoesNotContain(await ListAsync(author), s => s.Id() == scheduled);
    }

    private static Task<HttpResponseMessage> ScheduleAsync(HttpClient client, object request) => client.PostAsJsonAsync("/api/v1/activity/posts", request);

    private static async Task<List<JsonElement>> ListAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/activity/scheduled")).EnumerateArray().ToList();

    private static async Task<List<string>> BodiesAsync(HttpClient client, string feed) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/activity/feeds/{feed}?limit=50")).GetProperty("items").EnumerateArray()
            .Select(p => p.GetProperty("bodyHtml").GetString() ?? string.Empty).ToList();

    private async Task<int> PublishDueAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduledPublishing>().RunAsync(CancellationToken.None);
    }
}

public sealed class SqliteScheduledPostTests(SqliteHost host) : ScheduledPostTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlScheduledPostTests(PostgreSqlHost host) : ScheduledPostTests(host), IClassFixture<PostgreSqlHost>;
