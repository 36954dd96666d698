using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;

namespace EnterpriseSocial.UnitTests.Infrastructure;

public sealed class DatabaseSettingsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();

    [Fact]
    public void Sqlite_is_the_default_provider()
    {
        var settings = DatabaseSettings.From(Configuration(("ConnectionStrings:Sqlite", "Data Source=x.db")));
        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal("Data Source=x.db", settings.ConnectionString);
    }

    [Theory]
    [InlineData("postgresql", DatabaseProvider.PostgreSql)]
    [InlineData("SqlServer", DatabaseProvider.SqlServer)]
    public void The_provider_picks_its_own_connection_string(string name, DatabaseProvider provider)
    {
        var settings = DatabaseSettings.From(Configuration(
            ("Database:Provider", name),
            ("ConnectionStrings:Sqlite", "Data Source=x.db"),
            ($"ConnectionStrings:{provider}", "Host=db")));
        Assert.Equal(provider, settings.Provider);
        Assert.Equal("Host=db", settings.ConnectionString);
    }

    [Fact]
    public void An_unknown_provider_or_a_missing_connection_string_is_a_clear_error()
    {
        var unknown = Assert.Throws<InvalidOperationException>(() =>
            DatabaseSettings.From(Configuration(("Database:Provider", "Oracle"))));
        Assert.Contains("Oracle", unknown.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<InvalidOperationException>(() =>
            DatabaseSettings.From(Configuration(("Database:Provider", "PostgreSql"))));
        Assert.Contains("ConnectionStrings:PostgreSql", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_default_is_a_file_under_data_next_to_the_content_root()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        var configuration = new ConfigurationManager();
        DatabaseSettings.ApplyEmbeddedDefault(configuration, root);

        Assert.Equal($"Data Source={Path.Combine(root, "data", "enterprisesocial.db")}", configuration.GetConnectionString("Sqlite"));
        Assert.True(Directory.Exists(Path.Combine(root, "data")));
    }
}
