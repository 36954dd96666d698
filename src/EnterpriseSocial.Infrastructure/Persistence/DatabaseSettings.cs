using Microsoft.Extensions.Configuration;

namespace EnterpriseSocial.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>
/// Which database the process talks to: <c>Database:Provider</c> picks the provider and
/// <c>ConnectionStrings:&lt;Provider&gt;</c> holds its connection string.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteFile = "data/enterprisesocial.db";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerName = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerName)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException(
                    $"Database:Provider '{providerName}' is not one of Sqlite, SqlServer, PostgreSql.");

        var connectionString = configuration.GetConnectionString(provider.ToString());
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"ConnectionStrings:{provider} is not set.");
        }

        return new DatabaseSettings(provider, connectionString);
    }

    /// <summary>
    /// The embedded default needs no configuration: a SQLite file under <c>data/</c> next to the
    /// content root, whose folder is created on first start.
    /// </summary>
    public static void ApplyEmbeddedDefault(IConfigurationManager configuration, string contentRoot)
    {
        var provider = configuration["Database:Provider"];
        var usesSqlite = string.IsNullOrWhiteSpace(provider) || provider.Equals(nameof(DatabaseProvider.Sqlite), StringComparison.OrdinalIgnoreCase);
        if (!usesSqlite || !string.IsNullOrWhiteSpace(configuration.GetConnectionString(nameof(DatabaseProvider.Sqlite))))
        {
            return;
        }

        var file = Path.Combine(contentRoot, DefaultSqliteFile);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        configuration["ConnectionStrings:Sqlite"] = $"Data Source={file}";
    }
}
