namespace EnterpriseSocial.Infrastructure.Demo;

/// <summary>
/// Adds a module's part of the demo company. Seeders run in <see cref="Order"/> on an empty
/// database, so later modules can build on the people the Profiles module created.
/// </summary>
public interface IDemoSeeder
{
    int Order { get; }

    /// <summary>True when this module already holds demo data (or any data).</summary>
    Task<bool> HasDataAsync(CancellationToken cancellationToken);

    Task SeedAsync(CancellationToken cancellationToken);
}
