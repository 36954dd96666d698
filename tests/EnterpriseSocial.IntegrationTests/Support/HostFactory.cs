using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Support;

/// <summary>
/// The real host on a real database. In Development, as here by default, it migrates and seeds
/// the demo company on start, exactly as a developer's first run does.
/// </summary>
public sealed class HostFactory(
    TestDatabase database,
    string environment = "Development",
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public TestDatabase Database => database;

    /// <summary>A host in Production over a new, migrated database, with the given settings: nothing seeded, no outbox running. For tests of the platform itself.</summary>
    public static async Task<(HostFactory Factory, TestDatabase Database)> EmptyAsync(
        DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new HostFactory(database, "Production", new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Outbox:Enabled"] = "false",
        });
        await factory.Services.MigrateAllAsync(CancellationToken.None);
        return (factory, database);
    }

    /// <summary>Where this host's e-mails are written, as .eml files.</summary>
    public string MailFolder { get; } = Directory.CreateTempSubdirectory("es-mail-").FullName;

    private string FilesFolder { get; } = Directory.CreateTempSubdirectory("es-files-").FullName;

    /// <summary>Stops the host, then removes what it wrote outside its database: e-mails and stored files.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var folder in new[] { MailFolder, FilesFolder }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        // Settings, not app configuration: the host reads them while it builds, before
        // configuration added by the test host would be visible.
        var defaults = new Dictionary<string, string?>
        {
            ["Identity:WebOrigins:0"] = "http://localhost",
            ["Identity:RequireHttps"] = "false",
            ["Email:PickupFolder"] = MailFolder,
            ["Storage:LocalPath"] = FilesFolder,
            // Tests sign in far more often than people do; the limits have tests of their own.
            ["Identity:SignInPermitsPerMinute"] = "10000",
            ["Identity:PasswordResetPermitsPerMinute"] = "10000",
        };
        foreach (var (key, value) in database.Settings().Concat(defaults).Concat(settings ?? new Dictionary<string, string?>()))
        {
            builder.UseSetting(key, value);
        }
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}

/// <summary>One host on a fresh database of the provider a test class is about.</summary>
public abstract class HostFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? database;

    public HostFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Its demo events were all handled, so a test waiting for its own event never waits behind them.
        database = await TestDatabase.WithDemoCompanyAsync(provider);
        Factory = new HostFactory(database);
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database!.DisposeAsync();
    }
}

public sealed class SqliteHost() : HostFixture(DatabaseProvider.Sqlite);

public sealed class PostgreSqlHost() : HostFixture(DatabaseProvider.PostgreSql);

public static class OutboxProgress
{
    /// <summary>Events written to any module's outbox and not handled yet.</summary>
    public static async Task<int> PendingEventsAsync(this HostFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var pending = 0;
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            pending += await scope.ServiceProvider.Resolve(module).OutboxMessages.CountAsync(m => m.ProcessedAt == null);
        }

        return pending;
    }

    /// <summary>Waits until every event written to an outbox, and every event those raised in turn, is handled.</summary>
    public static Task EventsHandledAsync(this HostFactory factory, string what, TimeSpan? timeout = null) =>
        Eventually.HoldsAsync(async () => await factory.PendingEventsAsync() == 0, what, timeout);

    /// <summary>
    /// Writes an event into a module's outbox, as a delivery that comes late would (events are not delivered
    /// in the order they were raised, ADR 0006), and waits until every event is handled.
    /// </summary>
    public static async Task PublishLateAsync<TModuleContext>(this HostFactory factory, IntegrationEvent late)
        where TModuleContext : ModuleDbContext
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var module = scope.ServiceProvider.GetRequiredService<TModuleContext>();
            module.Publish(late);
            await module.SaveChangesAsync();
        }

        await factory.EventsHandledAsync("the late event is handled");
    }
}
