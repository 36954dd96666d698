using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace EnterpriseSocial.IntegrationTests.Spaces;

/// <summary>An external guest sees the spaces they were invited to, and nothing else of the company.</summary>
public abstract class GuestTests(HostFixture host) : IAsyncLifetime
{
    private const string GuestPassword = "Invite-Externe-2026";
    private HttpClient owner = null!;
    private Guid ownerId;
    private HttpClient guest = null!;
    private Guid guestId;
    private string guestToken = null!;

    public async Task InitializeAsync()
    {
        (owner, ownerId) = await host.Factory.EmployeeAsync(7);
        var admin = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        var email = $"partner.{Guid.NewGuid():N}@partner.example";
        var invited = await admin.PostAsJsonAsync("/api/v1/identity/accounts", new { email, displayName = "Paula Partner", roles = new[] { "Guest" } });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var account = await invited.Content.ReadFromJsonAsync<JsonElement>();
        guestId = account.Id();
        var (address, token) = Mail.ResetLink(account.GetProperty("setPasswordLink").GetString()!);
        var set = await host.Factory.CreateClient().PostAsJsonAsync("/api/v1/identity/password/reset", new { email = address, token, newPassword = GuestPassword });
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        guestToken = (await host.Factory.SignInAsync(email, GuestPassword)).AccessToken;
        guest = host.Factory.Api(guestToken);
        await Eventually.HoldsAsync(async () => (await owner.GetAsync($"/api/v1/profiles/{guestId}")).IsSuccessStatusCode, "the guest's profile exists");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Guid> SpaceAsync(string visibility)
    {
        var response = await owner.PostAsJsonAsync("/api/v1/spaces", new { name = $"Partners {Guid.NewGuid():N}"[..22], visibility });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
    }

    private static async Task<Guid> PostInAsync(HttpClient author, Guid? space, string body)
    {
        var response = await author.PostAsJsonAsync("/api/v1/activity/posts", new { body, spaceId = space });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
    }

    [Fact]
    public async Task A_guest_takes_part_in_the_space_they_were_invited_to()
    {
        var space = await SpaceAsync("private");
        var invited = await owner.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = new[] { guestId } });
        Assert.Equal(1, (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());

        var seen = await guest.GetFromJsonAsync<JsonElement>($"/api/v1/spaces/{space}");
        Assert.Equal("guest", seen.GetProperty("myRole").GetString());
        Assert.Equal([space], (await guest.GetFromJsonAsync<JsonElement>("/api/v1/spaces?limit=100")).GetProperty("items").EnumerateArray().Select(s => s.Id()));

        var ownerName = (await owner.GetFromJsonAsync<JsonElement>("/api/v1/identity/me")).GetProperty("displayName").GetString()!;
        var members = await guest.GetFromJsonAsync<JsonElement>($"/api/v1/spaces/{space}/members?search={Uri.EscapeDataString(ownerName.ToUpperInvariant())}");
        Assert.Equal([ownerId], members.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("personId").GetGuid()));

        var question = await PostInAsync(owner, space, $"Welcome @[Paula]({guestId}), what do you need from us?");
        var answer = await PostInAsync(guest, space, "The delivery schedule, please.");
        Assert.Contains(question, await guest.FeedAsync($"spaces/{space}"));
        Assert.Contains(answer, await owner.FeedAsync($"spaces/{space}"));
        var comment = await guest.PostAsJsonAsync($"/api/v1/activity/posts/{question}/comments", new { body = "Thanks!" });
        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        await Eventually.HoldsAsync(async () => (await guest.FeedAsync("home")).Contains(question), "the space's post reaches the guest's home");
        await Eventually.HoldsAsync(async () => (await guest.GetFromJsonAsync<JsonElement>("/api/v1/notifications?limit=50")).GetProperty("items")
            .EnumerateArray().Any(n => n.GetProperty("type").GetString() == "mention"), "the guest is told about the mention");

        await using var connection = host.Factory.HubConnection(guestToken);
        await connection.StartAsync();
        await connection.InvokeAsync("Watch", $"activity:spaces:{space}");
        await connection.InvokeAsync("Watch", "activity:home");
    }

    [Fact]
    public async Task A_guest_sees_nothing_company_wide_nor_any_other_space()
    {
        var theirs = await SpaceAsync("private");
        await owner.PostAsJsonAsync($"/api/v1/spaces/{theirs}/invitations", new { personIds = new[] { guestId } });
        var open = await SpaceAsync("public");
        var openPost = await PostInAsync(owner, open, "Open to every employee");
        var companyPost = await PostInAsync(owner, null, $"Company news, #roadmap, cc @[Paula]({guestId})");

        foreach (var path in new[] { $"/api/v1/spaces/{open}", $"/api/v1/activity/posts/{openPost}", $"/api/v1/activity/posts/{companyPost}" })
        {
            await (await guest.GetAsync(path)).AssertProblemAsync(HttpStatusCode.NotFound);
        }

        await (await guest.PutAsJsonAsync($"/api/v1/spaces/{open}/membership", new { acceptGuidelines = true })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await guest.GetAsync($"/api/v1/activity/feeds/spaces/{open}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await guest.PutAsJsonAsync($"/api/v1/activity/posts/{companyPost}/reaction", new { kind = "like" })).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await guest.FeedAsync("company"));
        Assert.DoesNotContain(companyPost, await guest.FeedAsync("home"));
        Assert.Empty(await guest.FeedAsync("topics/roadmap"));
        Assert.DoesNotContain(open, (await guest.GetFromJsonAsync<JsonElement>("/api/v1/spaces?limit=100")).GetProperty("items").EnumerateArray().Select(s => s.Id()));

        var companyWide = await guest.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Hello everyone" });
        await companyWide.AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await guest.PostAsJsonAsync("/api/v1/spaces", new { name = "Guest space", visibility = "public" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await guest.GetAsync("/api/v1/profiles?search=a")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await guest.GetAsync("/api/v1/messages")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await guest.PostAsJsonAsync($"/api/v1/messages/with/{ownerId}", new { text = "Hello" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await owner.PostAsJsonAsync($"/api/v1/messages/with/{guestId}", new { text = "Hello" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await guest.PostAsync($"/api/v1/messages/with/{ownerId}/typing", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await guest.GetAsync("/api/v1/messages/search?q=hello")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await owner.PostAsync($"/api/v1/messages/with/{guestId}/typing", null)).AssertProblemAsync(HttpStatusCode.NotFound);

        await using var connection = host.Factory.HubConnection(guestToken);
        await connection.StartAsync();
        foreach (var key in new[] { "activity:company", $"activity:spaces:{open}", $"activity:post:{companyPost}", $"activity:people:{ownerId}", "activity:topics:roadmap", "activity:messages" })
        {
            await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("Watch", key));
        }

        // The mention of the guest in a company-wide post was never delivered to them.
        var (employee, employeeId) = await host.Factory.EmployeeAsync(8);
        var mentionOfEmployee = await PostInAsync(owner, null, $"cc @[Someone]({employeeId})");
        await Eventually.HoldsAsync(async () => (await employee.GetFromJsonAsync<JsonElement>("/api/v1/notifications?limit=50")).GetProperty("items")
            .EnumerateArray().Any(n => n.TryGetProperty("post", out var post) && post.ValueKind == JsonValueKind.Object && post.Id() == mentionOfEmployee),
            "a later mention of an employee is delivered, so the guest's would have been by now");
        var guestItems = (await guest.GetFromJsonAsync<JsonElement>("/api/v1/notifications?limit=50")).GetProperty("items").EnumerateArray();
        Assert.DoesNotContain(guestItems, n => n.TryGetProperty("post", out var post) && post.ValueKind == JsonValueKind.Object && post.Id() == companyPost);
    }

    [Fact]
    public async Task A_guest_removed_from_their_space_loses_it_like_anyone_else()
    {
        var space = await SpaceAsync("public");
        await owner.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = new[] { guestId } });
        var own = await PostInAsync(guest, space, "My notes for the project");

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/spaces/{space}/members/{guestId}")).StatusCode);

        await (await guest.GetAsync($"/api/v1/spaces/{space}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await guest.GetAsync($"/api/v1/activity/posts/{own}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await guest.PatchAsJsonAsync($"/api/v1/activity/posts/{own}", new { body = "Edited" })).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await guest.GetFromJsonAsync<JsonElement>("/api/v1/spaces?limit=100")).GetProperty("items").EnumerateArray());
    }
}

public sealed class SqliteGuestTests(SqliteHost host) : GuestTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlGuestTests(PostgreSqlHost host) : GuestTests(host), IClassFixture<PostgreSqlHost>;
