using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using static EnterpriseSocial.IntegrationTests.Notifications.NotificationsClient;

namespace EnterpriseSocial.IntegrationTests.Notifications;

/// <summary>
/// An announcement is written for its whole audience at once, without the change tracker: each member
/// still gets one entry, numbered right after what they already had, stored before the hint.
/// </summary>
public abstract class AnnouncementTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient author = null!;
    private readonly List<(HttpClient Client, Guid Id, string Token)> members = [];

    public async Task InitializeAsync()
    {
        (author, _) = await host.Factory.EmployeeAsync(30);
        foreach (var index in Enumerable.Range(31, 4))
        {
            members.Add(await host.Factory.EmployeeWithTokenAsync(index));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Each_member_gets_one_entry_numbered_after_their_last_stored_before_the_hint_and_a_muted_space_stays_silent()
    {
        var space = (await (await author.PostAsJsonAsync("/api/v1/spaces", new { name = $"Crew {Guid.NewGuid():N}"[..20], visibility = "private" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        var beforeInvitation = new Dictionary<Guid, long>();
        foreach (var member in members)
        {
            beforeInvitation[member.Id] = await LatestSequenceAsync(member.Client);
        }

        Assert.Equal(HttpStatusCode.OK, (await author.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = members.Select(m => m.Id) })).StatusCode);
        // The same people may have notifications from other tests of the host: the invitation to this space is waited for.
        foreach (var member in members)
        {
            await Eventually.HoldsAsync(
                async () => (await ChangesAsync(member.Client, beforeInvitation[member.Id])).Items.Any(i => i.GetProperty("type").GetString() == "space-invitation"),
                "the invitation is stored");
        }

        var muted = members[^1];
        Assert.Equal(HttpStatusCode.NoContent, (await muted.Client.PutAsync($"/api/v1/notifications/mutes/space/{space}", null)).StatusCode);
        var before = new Dictionary<Guid, long>();
        foreach (var member in members)
        {
            before[member.Id] = await LatestSequenceAsync(member.Client);
        }

        // When the hint arrives, the announcement must already be readable.
        var listener = members[0];
        var seenAtHint = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = host.Factory.HubConnection(listener.Token);
        connection.On<JsonElement>("notifications.changed", async _ =>
            seenAtHint.TrySetResult((await ChangesAsync(listener.Client, before[listener.Id])).Items.Count));
        await connection.StartReadyAsync();

        var post = (await (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "All hands on Friday", spaceId = space, kind = "announcement" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        Assert.Equal(1, await seenAtHint.Task.WaitAsync(TimeSpan.FromSeconds(30)));

        foreach (var member in members.Take(members.Count - 1))
        {
            var changes = await ChangesAsync(member.Client, before[member.Id]);
            var entry = Assert.Single(changes.Items);
            Assert.Equal("announcement", entry.GetProperty("type").GetString());
            Assert.Equal(post, entry.GetProperty("post").Id());
            Assert.Equal(before[member.Id] + 1, changes.Sequence);
            Assert.Empty((await ChangesAsync(member.Client, changes.Sequence)).Items);
        }

        var marker = (await author.PostAsync($"Still there, @[Muted]({muted.Id})?")).Id();
        await Eventually.HoldsAsync(async () => (await ChangesAsync(muted.Client, before[muted.Id])).Items.Count > 0, "a later mention arrives");
        var mutedChanges = await ChangesAsync(muted.Client, before[muted.Id]);
        Assert.Equal(marker, Assert.Single(mutedChanges.Items).GetProperty("post").Id());
    }

}

public sealed class SqliteAnnouncementTests(SqliteHost host) : AnnouncementTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlAnnouncementTests(PostgreSqlHost host) : AnnouncementTests(host), IClassFixture<PostgreSqlHost>;
