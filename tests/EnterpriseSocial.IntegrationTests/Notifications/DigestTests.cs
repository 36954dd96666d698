using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Notifications.Email;
using Microsoft.Extensions.DependencyInjection;
using static EnterpriseSocial.IntegrationTests.Notifications.NotificationsClient;

namespace EnterpriseSocial.IntegrationTests.Notifications;

/// <summary>A host whose e-mail goes over SMTP to a real server on loopback.</summary>
public abstract class MailingHost(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? database;

    public LoopbackSmtp Smtp { get; } = new();

    public HostFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        Factory = new HostFactory(database, settings: new Dictionary<string, string?>
        {
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:SmtpStartTls"] = "false",
            ["Notifications:MustReadEmailAfter"] = "00:00:00",
        });
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Smtp.DisposeAsync();
        await database!.DisposeAsync();
    }
}

public sealed class SqliteMailingHost() : MailingHost(DatabaseProvider.Sqlite);

public sealed class PostgreSqlMailingHost() : MailingHost(DatabaseProvider.PostgreSql);

/// <summary>E-mail only as a digest for people who have been away, never repeating what the app or an earlier e-mail showed.</summary>
public abstract class DigestTests(MailingHost host) : IAsyncLifetime
{
    private HttpClient author = null!;

    public async Task InitializeAsync() => (author, _) = await host.Factory.EmployeeAsync(32);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Someone_away_gets_one_digest_of_what_they_have_not_seen_and_never_the_same_twice()
    {
        var (_, awayId, awayEmail, _) = await PersonAsync(30, new { digest = "daily", timeZone = "Europe/Paris", language = "en", emailOutsideWorkingHours = true });
        var (present, presentId, presentEmail, _) = await PersonAsync(31, new { digest = "daily", timeZone = "Europe/Paris", language = "en", emailOutsideWorkingHours = true });
        var post = await author.PostAsync($"Budget review with @[Away]({awayId}) and @[Present]({presentId}) {Guid.NewGuid():N}");
        await Eventually.HoldsAsync(async () => await StoredAsync(awayId, post) && await StoredAsync(presentId, post), "both are notified");
        await present.GetAsync("/api/v1/notifications/changes?since=0");

        await RunRoundAsync();
        await Eventually.HoldsAsync(() => Task.FromResult(host.Smtp.To(awayEmail).Count == 1), "the digest arrives over SMTP");
        var digest = host.Smtp.To(awayEmail).Single();
        Assert.Contains("notification", digest.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("mentioned you", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/posts/{post.Id()}", digest.TextBody, StringComparison.Ordinal);
        Assert.Empty(host.Smtp.To(presentEmail));

        await RunRoundAsync();
        var another = await author.PostAsync($"Another one, @[Away]({awayId})");
        await Eventually.HoldsAsync(() => StoredAsync(awayId, another), "a second mention is stored");
        await RunRoundAsync();
        Assert.Single(host.Smtp.To(awayEmail));
    }

    [Fact]
    public async Task A_push_the_app_said_it_showed_is_not_e_mailed_and_one_it_did_not_is()
    {
        var preferences = new { digest = "daily", timeZone = "Europe/Paris", language = "en", emailOutsideWorkingHours = true };
        var (shown, shownId, shownEmail, shownToken) = await PersonAsync(35, preferences);
        var (_, missedId, missedEmail, missedToken) = await PersonAsync(36, preferences);
        await using var shownConnection = host.Factory.HubConnection(shownToken);
        await using var missedConnection = host.Factory.HubConnection(missedToken);
        var shownHints = shownConnection.Hints();
        var missedHints = missedConnection.Hints();
        await shownConnection.StartReadyAsync();
        await missedConnection.StartReadyAsync();

        await author.PostAsync($"Roadmap for @[Shown]({shownId}) and @[Missed]({missedId}) {Guid.NewGuid():N}");
        var push = await shownHints.NextAsync();
        Assert.Equal("mention", push.GetProperty("items")[0].GetProperty("type").GetString());
        await missedHints.NextAsync();
        var seen = await shown.PostAsJsonAsync("/api/v1/notifications/seen", new { sequence = push.GetProperty("sequence").GetInt64() });
        Assert.Equal(HttpStatusCode.NoContent, seen.StatusCode);

        await RunRoundAsync();
        await Eventually.HoldsAsync(() => Task.FromResult(host.Smtp.To(missedEmail).Count == 1), "the push nobody said was shown is e-mailed");
        Assert.Contains("Roadmap", host.Smtp.To(missedEmail).Single().TextBody, StringComparison.Ordinal);
        Assert.Empty(host.Smtp.To(shownEmail));
    }

    [Fact]
    public async Task Quiet_hours_hold_back_e_mail_and_a_must_read_announcement_left_unseen_goes_alone()
    {
        var (_, awayId, awayEmail, _) = await PersonAsync(33, new { digest = "never", timeZone = "Europe/Paris", language = "fr", emailOutsideWorkingHours = true });
        var (_, quietId, quietEmail, _) = await PersonAsync(34, new
        {
            digest = "never", timeZone = "Europe/Paris", language = "fr", emailOutsideWorkingHours = true, quietHours = new { start = "00:00", end = "23:59" },
        });
        var spaceResponse = await author.PostAsJsonAsync("/api/v1/spaces", new { name = $"Site {Guid.NewGuid():N}"[..20], visibility = "private" });
        var space = (await spaceResponse.Content.ReadFromJsonAsync<JsonElement>()).Id();
        await author.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = new[] { awayId, quietId } });
        var announcement = await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Fire drill on Thursday", spaceId = space, kind = "announcement", mustRead = true });
        Assert.Equal(HttpStatusCode.Created, announcement.StatusCode);
        var announced = await announcement.Content.ReadFromJsonAsync<JsonElement>();
        await Eventually.HoldsAsync(async () => await StoredAsync(awayId, announced) && await StoredAsync(quietId, announced), "both members are told");

        await RunRoundAsync();
        await Eventually.HoldsAsync(() => Task.FromResult(host.Smtp.To(awayEmail).Count == 1), "the announcement is e-mailed");
        var mail = host.Smtp.To(awayEmail).Single();
        Assert.Equal("Une annonce attend votre lecture", mail.Subject);
        Assert.Contains("Fire drill", mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(host.Smtp.To(quietEmail));

        var hr = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        var measure = await hr.GetFromJsonAsync<JsonElement>("/api/v1/notifications/email-avoided?days=1");
        Assert.True(measure.GetProperty("totals").GetProperty("emailed").GetInt32() > 0);
    }

    private async Task<(HttpClient Client, Guid Id, string Email, string AccessToken)> PersonAsync(int index, object preferences)
    {
        var (client, id, token) = await host.Factory.EmployeeWithTokenAsync(index);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/v1/notifications/preferences", preferences)).StatusCode);
        var admin = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        return (client, id, (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{id}")).GetProperty("email").GetString()!, token);
    }

    private async Task RunRoundAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DigestRound>().RunAsync(CancellationToken.None);
    }

    // Read from the database: fetching through the API would count as having seen them in the app.
    private async Task<bool> StoredAsync(Guid person, JsonElement post)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnterpriseSocial.Notifications.Data.NotificationsDbContext>();
        var postId = post.Id();
        return db.Notifications.Any(n => n.RecipientId == person && n.PostId == postId);
    }
}

public sealed class SqliteDigestTests(SqliteMailingHost host) : DigestTests(host), IClassFixture<SqliteMailingHost>;

public sealed class PostgreSqlDigestTests(PostgreSqlMailingHost host) : DigestTests(host), IClassFixture<PostgreSqlMailingHost>;
