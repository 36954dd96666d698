using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Infrastructure.Persistence;

namespace EnterpriseSocial.Host.Setup;

/// <summary>
/// <c>migrate</c> applies every module's migrations and exits (how production upgrades);
/// <c>--seed-demo</c> adds the demo company to an empty database.
/// </summary>
internal sealed record StartupCommand(bool Migrate, bool SeedDemo)
{
    public static StartupCommand Parse(string[] args) => new(
        args.Contains("migrate", StringComparer.OrdinalIgnoreCase),
        args.Contains("--seed-demo", StringComparer.OrdinalIgnoreCase));
}

internal static partial class StartupTasks
{
    public static async Task MigrateAndSeedAsync(this IServiceProvider services, bool seedDemo, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTasks));
        await services.MigrateAllAsync(cancellationToken);
        LogMigrated(logger);

        if (seedDemo)
        {
            await using var seeding = services.CreateAsyncScope();
            foreach (var seeder in seeding.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
            {
                if (!await seeder.HasDataAsync(cancellationToken))
                {
                    await seeder.SeedAsync(cancellationToken);
                    LogSeeded(logger, seeder.GetType().Name);
                }
            }
        }

        await using var initializing = services.CreateAsyncScope();
        foreach (var initializer in initializing.ServiceProvider.GetServices<IModuleInitializer>())
        {
            await initializer.InitializeAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated")]
    private static partial void LogMigrated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data added by {Seeder}")]
    private static partial void LogSeeded(ILogger logger, string seeder);
}
