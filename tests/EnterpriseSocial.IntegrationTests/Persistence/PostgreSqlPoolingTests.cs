using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Notifications.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EnterpriseSocial.IntegrationTests.Persistence;

/// <summary>The connections a host opens to PostgreSQL are tuned for its pool (ADR 0027, ADR 0032).</summary>
public sealed class PostgreSqlPoolingTests
{
    private static NpgsqlConnectionStringBuilder ConnectionStringOf(HostFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return new NpgsqlConnectionStringBuilder(scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database.GetConnectionString());
    }

    [Fact]
    public async Task Pooled_connections_prepare_frequent_statements_and_are_not_reset_on_their_return()
    {
        var (factory, database) = await HostFactory.EmptyAsync(DatabaseProvider.PostgreSql);
        await using var _ = database;
        await using var __ = factory;
        var used = ConnectionStringOf(factory);

        Assert.Equal(100, used.MaxAutoPrepare);
        Assert.Equal(2, used.AutoPrepareMinUsages);
        Assert.True(used.NoResetOnClose);
    }

    [Fact]
    public async Task A_connection_string_that_chooses_keeps_its_choice_however_it_spells_it()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await using var factory = new HostFactory(database, "Production", new Dictionary<string, string?>
        {
            ["Outbox:Enabled"] = "false",
            ["ConnectionStrings:PostgreSql"] = $"{database.ConnectionString};MaxAutoPrepare=0;noresetonclose=false",
        });
        var used = ConnectionStringOf(factory);

        Assert.Equal(0, used.MaxAutoPrepare);
        Assert.False(used.NoResetOnClose);
    }
}
