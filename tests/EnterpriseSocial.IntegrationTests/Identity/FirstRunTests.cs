using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EnterpriseSocial.IntegrationTests.Identity;

public sealed class FirstRunTests
{
    [Fact]
    public async Task A_first_start_without_demo_data_creates_the_administrator_and_prints_a_one_time_link()
    {
        var logs = new CapturedLogs();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var factory = new HostFactory(
            database,
            settings: new Dictionary<string, string?> { ["Demo:SeedInDevelopment"] = "false" },
            services: services => services.AddSingleton<ILoggerProvider>(logs));
        _ = factory.Server;

        var line = Assert.Single(logs.Messages, m => m.Contains("/reset-password?", StringComparison.Ordinal));
        Assert.Contains("admin@enterprisesocial.local", line, StringComparison.Ordinal);
        var (email, token) = Mail.ResetLink(line);

        // No password works before the link is used.
        await (await factory.Browser().PasswordSignInAsync(email, "")).AssertProblemAsync(HttpStatusCode.BadRequest);
        var set = await factory.CreateClient().PostAsJsonAsync("/api/v1/identity/password/reset", new { email, token, newPassword = "Premier-Admin-2026" });
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        var admin = factory.Api((await factory.SignInAsync(email, "Premier-Admin-2026")).AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/identity/accounts")).StatusCode);

        var reused = await factory.CreateClient().PostAsJsonAsync("/api/v1/identity/password/reset", new { email, token, newPassword = "Deuxieme-Essai-2026" });
        await reused.AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}
