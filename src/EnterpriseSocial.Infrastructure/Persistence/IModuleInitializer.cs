namespace EnterpriseSocial.Infrastructure.Persistence;

/// <summary>
/// Brings a module's reference data up to date after migrations (for example the OpenID Connect
/// client registrations). Runs on every <c>migrate</c> and every Development start; idempotent.
/// </summary>
public interface IModuleInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
