using System.Data.Common;
using EnterpriseSocial.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace EnterpriseSocial.Infrastructure.Persistence;

/// <summary>A module's DbContext as the host sees it: for migrations, health and the outbox.</summary>
public sealed record ModuleDatabase(string Schema, Type ContextType);

public static class ModuleDatabases
{
    private static readonly SqlitePragmas Pragmas = new();
    private static readonly SqliteWriteTurns WriteTurns = new();
    private static readonly SqliteKeptStatements KeptStatements = new();

    /// <summary>
    /// A list in a query goes as one array parameter (ADR 0025): the statement's text then stays the same
    /// whatever the list's length, so EF Core reuses it instead of generating and compiling it on every call.
    /// </summary>
    private const ParameterTranslationMode CollectionsAs = ParameterTranslationMode.Parameter;

    /// <summary>
    /// Registers a module's DbContext on the configured provider. Each provider has its own
    /// derived context type so that each keeps its own migrations in the module's assembly.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgreSql, TSqlServer>(
        this IServiceCollection services, IConfiguration configuration, string schema)
        where TContext : ModuleDbContext
        where TSqlite : TContext
        where TPostgreSql : TContext
        where TSqlServer : TContext
    {
        var settings = DatabaseSettings.From(configuration);
        var historyTable = "__EFMigrationsHistory";

        void Interceptors(IServiceProvider provider, DbContextOptionsBuilder options) =>
            options.AddInterceptors(
                provider.GetRequiredService<OutboxSignalInterceptor>(), new ModuleWriteCounter<TContext>(provider.GetRequiredService<ModuleWrites>()));

        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                SqliteThreading.Apply();
                services.AddDbContextPool<TContext, TSqlite>((provider, options) =>
                {
                    options.UseSqlite(settings.ConnectionString,
                        sqlite => sqlite.MigrationsHistoryTable($"{historyTable}_{schema}").UseParameterizedCollectionMode(CollectionsAs));
                    Interceptors(provider, options);
                    options.AddInterceptors(Pragmas, WriteTurns, KeptStatements);
#pragma warning disable EF1001 // ADR 0034.
                    options.ReplaceService<ISqliteRelationalConnection, SqliteConnectionsWithoutEfFunctions>();
#pragma warning restore EF1001
                });
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContextPool<TContext, TPostgreSql>((provider, options) =>
                {
                    options.UseNpgsql(TunedForPooling(settings.ConnectionString),
                        npgsql => npgsql.MigrationsHistoryTable(historyTable, schema).UseParameterizedCollectionMode(CollectionsAs));
                    Interceptors(provider, options);
                });
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<TContext, TSqlServer>((provider, options) =>
                {
                    options.UseSqlServer(settings.ConnectionString,
                        sqlServer => sqlServer.MigrationsHistoryTable(historyTable, schema).UseParameterizedCollectionMode(CollectionsAs));
                    Interceptors(provider, options);
                });
                break;
            default:
                throw new InvalidOperationException($"Unsupported provider {settings.Provider}.");
        }

        services.AddSingleton(new ModuleDatabase(schema, typeof(TContext)));
        services.TryAddSingleton<ModuleWrites>();
        services.AddOutbox();
        services.AddHealthChecks().AddDbContextCheck<TContext>($"database-{schema}", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// PostgreSQL parses and plans every statement it is sent unless it was prepared: each pooled
    /// connection prepares the statements it runs most (ADR 0027). The product sets no session state,
    /// so a connection going back to the pool needs no reset (ADR 0032). The connection string may
    /// choose either itself.
    /// </summary>
    private static string TunedForPooling(string connectionString)
    {
        // Npgsql reads its keywords with or without their spaces.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("MaxAutoPrepare"))
        {
            tuned.MaxAutoPrepare = 100;
            tuned.AutoPrepareMinUsages = 2;
        }

        if (!given.Contains("NoResetOnClose"))
        {
            tuned.NoResetOnClose = true;
        }

        return tuned.ConnectionString;
    }

    public static ModuleDbContext Resolve(this IServiceProvider services, ModuleDatabase database) =>
        (ModuleDbContext)services.GetRequiredService(database.ContextType);

    /// <summary>Applies every module's pending migrations.</summary>
    public static async Task MigrateAllAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var database in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var context = scope.ServiceProvider.Resolve(database);
            if (context.Database.IsSqlite())
            {
                // WAL lets the outbox processor read while a request writes.
                await context.Database.OpenConnectionAsync(cancellationToken);
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await context.Database.CloseConnectionAsync();
            }

            await context.Database.MigrateAsync(cancellationToken);
        }
    }
}
