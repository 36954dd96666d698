using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Persistence;

/// <summary>Every module's model is covered by migrations on every provider.</summary>
public sealed class MigrationTests
{
    private static async Task<(HostFactory Factory, TestDatabase Database)> HostAsync(DatabaseProvider provider)
    {
        var database = provider == DatabaseProvider.SqlServer
            ? TestDatabase.Offline(provider, "Server=127.0.0.1,1;Database=offline;TrustServerCertificate=true;Connect Timeout=1")
            : await TestDatabase.CreateAsync(provider);
        var factory = new HostFactory(database, "Production", new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        return (factory, database);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public async Task No_module_has_model_changes_that_no_migration_covers(DatabaseProvider provider)
    {
        var (factory, database) = await HostAsync(provider);
        await using var _ = database;
        await using var __ = factory;
        using var scope = factory.Services.CreateScope();

        var modules = scope.ServiceProvider.GetServices<ModuleDatabase>().ToList();
        Assert.NotEmpty(modules);
        foreach (var module in modules)
        {
            var context = scope.ServiceProvider.Resolve(module);
            Assert.NotEmpty(context.Database.GetMigrations());
            Assert.False(context.Database.HasPendingModelChanges(),
                $"The {module.Schema} model has changes without a {provider} migration: run deploy/scripts/add-migration.sh.");
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Every_migration_applies_to_an_empty_database(DatabaseProvider provider)
    {
        var (factory, database) = await HostAsync(provider);
        await using var _ = database;
        await using var __ = factory;

        await factory.Services.MigrateAllAsync(CancellationToken.None);

        using var scope = factory.Services.CreateScope();
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var context = scope.ServiceProvider.Resolve(module);
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
        }
    }

    [Fact]
    public async Task The_sql_server_migrations_generate_an_idempotent_script_in_each_module_schema()
    {
        var (factory, database) = await HostAsync(DatabaseProvider.SqlServer);
        await using var _ = database;
        await using var __ = factory;
        using var scope = factory.Services.CreateScope();

        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var context = scope.ServiceProvider.Resolve(module);
            var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

            Assert.Contains($"[{module.Schema}].[__EFMigrationsHistory]", script, StringComparison.Ordinal);
            Assert.Contains($"CREATE TABLE [{module.Schema}].[OutboxMessages]", script, StringComparison.Ordinal);
            foreach (var migration in context.Database.GetMigrations())
            {
                Assert.Contains($"WHERE [MigrationId] = N'{migration}'", script, StringComparison.Ordinal);
            }
        }
    }
}
