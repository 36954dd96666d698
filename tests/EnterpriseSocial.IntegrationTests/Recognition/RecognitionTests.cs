using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Recognition;

/// <summary>Praise between colleagues, the badge catalogue and achievements, with every rule the issue names.</summary>
public abstract class RecognitionTests(HostFixture host) : IAsyncLifetime
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGP438CAFWEXHbQSAKmzX8FBxi1QAAAAAElFTkSuQmCC");

    private HttpClient giver = null!;
    private HttpClient receiver = null!;
    private Guid receiverId;
    private HttpClient outsider = null!;
    private Guid outsiderId;
    private HttpClient admin = null!;
    private Guid badge;

    public async Task InitializeAsync()
    {
        (giver, _) = await host.Factory.EmployeeAsync(24);
        (receiver, receiverId) = await host.Factory.EmployeeAsync(25);
        (outsider, outsiderId) = await host.Factory.EmployeeAsync(26);
        admin = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        badge = (await giver.GetFromJsonAsync<JsonElement>("/api/v1/recognition/badges")).EnumerateArray()
            .First(b => b.GetProperty("kind").GetString() == "praise").Id();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Task<HttpResponseMessage> PraiseAsync(HttpClient from, object request) => from.PostAsJsonAsync("/api/v1/recognition/praise", request);

    private static async Task<List<Guid>> WallAsync(HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/recognition/wall?limit=100{query}")).GetProperty("items").EnumerateArray().Select(p => p.Id()).ToList();

    private static async Task<JsonElement> ProfileAsync(HttpClient client, Guid person) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/recognition/people/{person}");

    [Fact]
    public async Task Praise_is_for_colleagues_within_a_monthly_allowance_and_reaches_the_wall_the_profile_and_the_receiver()
    {
        var invalid = await (await PraiseAsync(giver, new { receiverIds = Array.Empty<Guid>(), badgeId = badge, message = "" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("receiverIds", out _));
        Assert.True(invalid.GetProperty("errors").TryGetProperty("message", out _));
        var me = await ProfileOfMeAsync(giver);
        await (await PraiseAsync(giver, new { receiverIds = new[] { me }, badgeId = badge, message = "Me!" })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var achievement = (await giver.GetFromJsonAsync<JsonElement>("/api/v1/recognition/badges")).EnumerateArray().First(b => b.GetProperty("kind").GetString() == "achievement").Id();
        await (await PraiseAsync(giver, new { receiverIds = new[] { receiverId }, badgeId = achievement, message = "Nope" })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var response = await PraiseAsync(giver, new { receiverIds = new[] { receiverId }, badgeId = badge, message = "Thanks for the release!", copyManagers = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var praise = (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
        Assert.Contains(praise, await WallAsync(outsider));
        var profile = await ProfileAsync(outsider, receiverId);
        Assert.Contains(profile.GetProperty("praise").EnumerateArray(), p => p.Id() == praise);
        Assert.Contains(profile.GetProperty("badges").EnumerateArray(), b => b.GetProperty("badge").Id() == badge && b.GetProperty("count").GetInt32() >= 1);
        await Eventually.HoldsAsync(async () => (await receiver.GetFromJsonAsync<JsonElement>("/api/v1/notifications?type=praise"))
            .GetProperty("items").GetArrayLength() > 0, "the receiver is told");

        var allowance = await giver.GetFromJsonAsync<JsonElement>("/api/v1/recognition/allowance");
        for (var left = allowance.GetProperty("remaining").GetInt32(); left > 0; left--)
        {
            Assert.Equal(HttpStatusCode.Created, (await PraiseAsync(giver, new { receiverIds = new[] { outsiderId }, badgeId = badge, message = "Again" })).StatusCode);
        }

        await (await PraiseAsync(giver, new { receiverIds = new[] { outsiderId }, badgeId = badge, message = "One too many" })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, (await giver.GetFromJsonAsync<JsonElement>("/api/v1/recognition/allowance")).GetProperty("remaining").GetInt32());
    }

    [Fact]
    public async Task Praise_in_a_private_space_stays_inside_it_and_a_receiver_may_hide_praise_from_their_profile()
    {
        var space = (await (await receiver.PostAsJsonAsync("/api/v1/spaces", new { name = $"Kudos {Guid.NewGuid():N}"[..20], visibility = "private" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        var (member, memberId) = await host.Factory.EmployeeAsync(27);
        await receiver.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = new[] { memberId } });
        await (await PraiseAsync(member, new { receiverIds = new[] { outsiderId }, badgeId = badge, message = "Outside", spaceId = space }))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var inside = (await (await PraiseAsync(member, new { receiverIds = new[] { receiverId }, badgeId = badge, message = "Inside only", spaceId = space }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();

        Assert.Contains(inside, await WallAsync(receiver, $"&spaceId={space}"));
        Assert.DoesNotContain(inside, await WallAsync(receiver));
        await (await outsider.GetAsync($"/api/v1/recognition/wall?spaceId={space}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await ProfileAsync(outsider, receiverId)).GetProperty("praise").EnumerateArray(), p => p.Id() == inside);
        await (await outsider.GetAsync($"/api/v1/recognition/praise/{inside}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Inside only", (await receiver.GetFromJsonAsync<JsonElement>($"/api/v1/recognition/praise/{inside}")).GetProperty("message").GetString());

        // Another giver: this class's tests share people, and another test spends the first giver's allowance.
        var (colleague, _) = await host.Factory.EmployeeAsync(29);
        var open = (await (await PraiseAsync(colleague, new { receiverIds = new[] { receiverId }, badgeId = badge, message = "Public thanks" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        await (await outsider.PutAsync($"/api/v1/recognition/praise/{open}/hidden", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, (await receiver.PutAsync($"/api/v1/recognition/praise/{open}/hidden", null)).StatusCode);
        Assert.DoesNotContain((await ProfileAsync(outsider, receiverId)).GetProperty("praise").EnumerateArray(), p => p.Id() == open);
        Assert.True((await ProfileAsync(receiver, receiverId)).GetProperty("praise").EnumerateArray().Single(p => p.Id() == open).GetProperty("hiddenByMe").GetBoolean());
        Assert.Contains(open, await WallAsync(outsider));
    }

    [Fact]
    public async Task Administrators_shape_the_catalogue_and_a_retired_badge_is_no_longer_given_but_stays_where_it_was()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await giver.PostAsJsonAsync("/api/v1/recognition/badges", new { })).StatusCode);
        var refused = await (await admin.PostAsJsonAsync("/api/v1/recognition/badges", new { name = new { fr = "", en = "Grit" }, icon = "laser" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "name.fr", "description.fr", "value", "icon" })
        {
            Assert.True(refused.GetProperty("errors").TryGetProperty(field, out _), field);
        }

        var created = await (await admin.PostAsJsonAsync("/api/v1/recognition/badges", new
        {
            name = new { fr = "Ténacité", en = "Grit" }, description = new { fr = "N'a rien lâché.", en = "Never gave up." }, value = "Courage", icon = "shield",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var grit = created.Id();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await UploadAsync(grit, Encoding.UTF8.GetBytes("<svg onload=alert(1)/>"), "image/svg+xml")).StatusCode);
        var uploaded = await (await UploadAsync(grit, Png, "image/png")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, uploaded.GetProperty("imageVersion").GetInt32());
        var image = await giver.GetAsync($"/api/v1/recognition/badges/{grit}/image?v=1");
        Assert.Equal("image/webp", image.Content.Headers.ContentType?.MediaType);

        var given = (await (await PraiseAsync(admin, new { receiverIds = new[] { receiverId }, badgeId = grit, message = "Held on" })).Content.ReadFromJsonAsync<JsonElement>()).Id();
        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/v1/recognition/badges/{grit}", new { retired = true })).StatusCode);
        Assert.DoesNotContain((await giver.GetFromJsonAsync<JsonElement>("/api/v1/recognition/badges")).EnumerateArray(), b => b.Id() == grit);
        await (await PraiseAsync(giver, new { receiverIds = new[] { receiverId }, badgeId = grit, message = "Too late" })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(given, await WallAsync(giver, "&value=Courage"));

        var achievement = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/recognition/badges")).EnumerateArray().First(b => b.GetProperty("kind").GetString() == "achievement").Id();
        await (await admin.PatchAsJsonAsync($"/api/v1/recognition/badges/{achievement}", new { retired = true })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Achievements_are_earned_from_contribution_and_recomputing_twice_gives_the_same_result()
    {
        var (newcomer, newcomerId) = await host.Factory.EmployeeAsync(28);
        await newcomer.PostAsync($"Hello everyone, first day here! {Guid.NewGuid():N}");
        await Eventually.HoldsAsync(async () => (await ProfileAsync(outsider, newcomerId)).GetProperty("badges").EnumerateArray()
            .Any(b => b.GetProperty("badge").GetProperty("achievementKey").GetString() == "first-post"), "the first post earns its badge");
        await Eventually.HoldsAsync(async () => (await newcomer.GetFromJsonAsync<JsonElement>("/api/v1/notifications?type=badge"))
            .GetProperty("items").GetArrayLength() > 0, "the newcomer is told");

        Assert.Equal(HttpStatusCode.Forbidden, (await giver.PostAsync("/api/v1/recognition/achievements/recompute", null)).StatusCode);
        await admin.PostAsync("/api/v1/recognition/achievements/recompute", null);
        var badgesBefore = (await ProfileAsync(outsider, newcomerId)).GetProperty("badges").GetRawText();
        var second = await (await admin.PostAsync("/api/v1/recognition/achievements/recompute", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, second.GetProperty("awarded").GetInt32());
        Assert.Equal(badgesBefore, (await ProfileAsync(outsider, newcomerId)).GetProperty("badges").GetRawText());
    }

    [Fact]
    public async Task A_praise_appears_in_the_company_stream_and_the_home_of_the_receivers_followers()
    {
        var (follower, _) = await host.Factory.EmployeeAsync(22);
        Assert.Equal(HttpStatusCode.NoContent, (await follower.PutAsync($"/api/v1/profiles/{receiverId}/follow", null)).StatusCode);
        await follower.FeedAsync("home");
        var (thanker, _) = await host.Factory.EmployeeAsync(21);
        var praise = (await (await PraiseAsync(thanker, new { receiverIds = new[] { receiverId }, badgeId = badge, message = "Saved the demo!" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();

        await Eventually.HoldsAsync(async () => (await PraisePostAsync(follower, "home", praise)) is not null, "the praise reaches the follower's home");
        var post = (await PraisePostAsync(outsider, "company", praise))!.Value;
        Assert.Equal("praise", post.GetProperty("kind").GetString());
        Assert.Contains(post.GetProperty("mentions").EnumerateArray(), m => m.Id() == receiverId);
        var mentions = await receiver.GetFromJsonAsync<JsonElement>("/api/v1/notifications?type=mention&limit=100");
        Assert.DoesNotContain(mentions.GetProperty("items").EnumerateArray(), n => n.GetProperty("post").ValueKind == JsonValueKind.Object && n.GetProperty("post").Id() == post.Id());
    }

    private static async Task<JsonElement?> PraisePostAsync(HttpClient client, string feed, Guid praise) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/activity/feeds/{feed}?limit=50")).GetProperty("items").EnumerateArray()
            .Cast<JsonElement?>().FirstOrDefault(p => p!.Value.GetProperty("praiseId").ValueKind == JsonValueKind.String && p.Value.GetProperty("praiseId").GetGuid() == praise);

    private Task<HttpResponseMessage> UploadAsync(Guid badgeId, byte[] content, string type)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "file", type == "image/png" ? "badge.png" : "badge.svg");
        return admin.PutAsync($"/api/v1/recognition/badges/{badgeId}/image", form);
    }

    private static async Task<Guid> ProfileOfMeAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/identity/me")).GetProperty("id").GetGuid();
}

public sealed class SqliteRecognitionTests(SqliteHost host) : RecognitionTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlRecognitionTests(PostgreSqlHost host) : RecognitionTests(host), IClassFixture<PostgreSqlHost>;
