using System.Text.Json;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Profiles.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EnterpriseSocial.IntegrationTests.Profiles;

/// <summary>A person with 100 000 followers, on PostgreSQL: every follower once, by keyset, never OFFSET.</summary>
public sealed class LargeFollowGraphTests : IAsyncLifetime
{
    private const int Followers = 100_000;
    private readonly CapturedLogs sql = new();
    private TestDatabase database = null!;
    private HostFactory factory = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithDemoCompanyAsync(DatabaseProvider.PostgreSql);
        factory = new HostFactory(
            database,
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information" },
            services: services => services.AddSingleton<ILoggerProvider>(sql));
        _ = factory.Server;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_hundred_thousand_followers_page_to_the_end_without_offset()
    {
        var reader = await factory.SignedInAsync(await factory.DemoEmailAsync("Employee"));
        var star = JsonDocument.Parse(await reader.GetStringAsync("/api/v1/profiles?search=chief%20executive")).RootElement
            .GetProperty("items")[0].GetProperty("id").GetGuid();
        int already;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProfilesDbContext>();
            already = await db.Follows.CountAsync(f => f.FolloweeId == star);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO profiles."Profiles" ("Id", "DisplayName", "Email", "JobTitle", "Department", "Site", "PreferredLanguage",
                    "DirectoryKey", "SearchText", "CreatedAt", "IsFormerEmployee", "FollowerCount", "FollowingCount",
                    "Phone", "Pronouns", "BioMarkdown", "BioHtml", "Languages", "Skills", "AskMeAbout")
                SELECT uuid(lpad(to_hex(i), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(i), 12, '0')),
                    'Follower ' || i, 'follower' || i || '@load.example', 'Tester', 'Load', 'Paris', 'fr',
                    'follower ' || lpad(i::text, 6, '0'), 'follower ' || i, now(), false, 0, 1,
                    '', '', '', '', ARRAY[]::text[], ARRAY[]::text[], ARRAY[]::text[]
                FROM generate_series(1, {Followers}) AS i;
                INSERT INTO profiles."Follows" ("FollowerId", "FolloweeId", "CreatedAt")
                SELECT uuid(lpad(to_hex(i), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(i), 12, '0')), {star}, now()
                FROM generate_series(1, {Followers}) AS i;
                """);
        }

        sql.Messages.Clear();
        var seen = new HashSet<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = JsonDocument.Parse(await reader.GetStringAsync(
                $"/api/v1/profiles/{star}/followers?limit=100" + (cursor is null ? "" : $"&cursor={cursor}"))).RootElement;
            foreach (var follower in page.GetProperty("items").EnumerateArray())
            {
                Assert.True(seen.Add(follower.GetProperty("id").GetGuid()), "a follower came twice");
            }

            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(Followers + already, seen.Count);
        Assert.Equal((Followers + already + 99) / 100, pages);
        Assert.DoesNotContain(sql.Messages, m => m.Contains("OFFSET", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(sql.Messages, m => m.Contains("\"Follows\"", StringComparison.Ordinal));
    }
}
