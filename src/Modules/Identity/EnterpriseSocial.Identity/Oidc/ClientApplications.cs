using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EnterpriseSocial.Identity.Oidc;

/// <summary>Keeps the registered client applications in line with the settings.</summary>
internal sealed class ClientApplications(IOpenIddictApplicationManager applications, IOptions<IdentitySettings> settings)
    : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await UpsertAsync(WebClient(settings.Value), cancellationToken);
        foreach (var service in settings.Value.ServiceClients)
        {
            await UpsertAsync(ServiceClient(service), cancellationToken);
        }
    }

    private static OpenIddictApplicationDescriptor WebClient(IdentitySettings settings)
    {
        var web = new OpenIddictApplicationDescriptor
        {
            ClientId = IdentitySettings.WebClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "EnterpriseSocial",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Roles,
                Permissions.Prefixes.Scope + Scopes.OfflineAccess,
                Permissions.Prefixes.Scope + IdentitySettings.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var origin in settings.AllowedOrigins)
        {
            web.RedirectUris.Add(new Uri($"{origin}/signin-callback"));
            web.PostLogoutRedirectUris.Add(new Uri($"{origin}/"));
        }

        return web;
    }

    private static OpenIddictApplicationDescriptor ServiceClient(ServiceClient service)
    {
        var descriptor = MachineClient(service);
        if (service.RedirectUris.Length > 0)
        {
            descriptor.ConsentType = ConsentTypes.Implicit;
            descriptor.Permissions.UnionWith([
                Permissions.Endpoints.Authorization, Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email, Permissions.Scopes.Profile, Permissions.Scopes.Roles]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            foreach (var uri in service.RedirectUris)
            {
                descriptor.RedirectUris.Add(new Uri(uri));
            }
        }

        return descriptor;
    }

    private static OpenIddictApplicationDescriptor MachineClient(ServiceClient service) => new()
    {
        ClientId = service.ClientId,
        ClientSecret = service.ClientSecret,
        ClientType = ClientTypes.Confidential,
        DisplayName = string.IsNullOrWhiteSpace(service.DisplayName) ? service.ClientId : service.DisplayName,
        Permissions =
        {
            Permissions.Endpoints.Token,
            Permissions.Endpoints.Introspection,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.ClientCredentials,
            Permissions.Prefixes.Scope + IdentitySettings.ApiScope,
        },
    };

    private async Task UpsertAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }
}
