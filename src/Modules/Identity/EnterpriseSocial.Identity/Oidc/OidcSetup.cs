using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Identity.Data;
using EnterpriseSocial.Identity.Domain;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using EnterpriseSocial.Identity.Features.ExternalSignIn;
using OpenIddict.Client;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EnterpriseSocial.Identity.Oidc;

internal static class OidcSetup
{
    /// <summary>Sign-in through the company's own OpenID Connect providers, when any is configured.</summary>
    private static void AddExternalProviders(this IServiceCollection services, IdentitySettings settings)
    {
        if (settings.ExternalProviders.Length == 0)
        {
            return;
        }

        services.AddOpenIddict().AddClient(client =>
        {
            client.AllowAuthorizationCodeFlow();
            client.SetRedirectionEndpointUris(ExternalSignInEndpoints.CallbackPath.TrimStart('/'));
            var aspNetCore = client.UseAspNetCore().EnableRedirectionEndpointPassthrough();
            if (!settings.RequireHttps)
            {
                // Over plain HTTP (Development) a Secure, SameSite=None state cookie would never come back.
                aspNetCore.DisableTransportSecurityRequirement()
                    .Configure(options =>
                    {
                        options.CookieBuilder.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                        options.CookieBuilder.SameSite = SameSiteMode.Lax;
                    });
            }

            client.UseSystemNetHttp();
            foreach (var provider in settings.ExternalProviders)
            {
                client.AddRegistration(new OpenIddictClientRegistration
                {
                    ProviderName = provider.Name,
                    ProviderDisplayName = provider.DisplayName,
                    Issuer = new Uri(provider.Authority, UriKind.Absolute),
                    ClientId = provider.ClientId,
                    ClientSecret = provider.ClientSecret,
                    RedirectUri = new Uri(ExternalSignInEndpoints.CallbackPath.TrimStart('/'), UriKind.Relative),
                    Scopes = { Scopes.Email, Scopes.Profile },
                });
            }
        });
        services.AddSingleton<IConfigureOptions<OpenIddictClientOptions>>(provider => provider.GetRequiredService<PersistedKeys>());
    }

    public static IServiceCollection AddAccountsAndTokens(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("Identity").Get<IdentitySettings>() ?? new IdentitySettings();
        services.AddSingleton(Options.Create(settings));

        services.AddDataProtection()
            .SetApplicationName("EnterpriseSocial")
            .PersistKeysToDbContext<IdentityDbContext>();

        services.AddIdentityCore<Account>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.UserNameClaimType = Claims.Name;
                options.ClaimsIdentity.RoleClaimType = Claims.Role;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddErrorDescriber<AccountErrorDescriber>()
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        // A deactivation or password change ends browser sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = RecentlyValidatedBearer.Name;
                options.DefaultChallengeScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
                options.DefaultForbidScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, RecentlyValidatedBearer>(RecentlyValidatedBearer.Name, options =>
            {
                options.ForwardChallenge = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
                options.ForwardForbid = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            })
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                options.Cookie.Name = "es.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/signin";
                options.ExpireTimeSpan = TimeSpan.FromDays(14);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
            })
            .AddCookie(IdentityConstants.ExternalScheme, options => options.Cookie.Name = "es.external");
        services.AddHttpContextAccessor();
        services.AddSingleton<IAuthenticationSchemeProvider, ApiRequestSchemes>();

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .SetRevocationEndpointUris("connect/revoke");
                if (settings.Issuer.Length > 0)
                {
                    server.SetIssuer(new Uri(settings.Issuer, UriKind.Absolute));
                }

                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                // PKCE with S256 only: "plain" would let a stolen code be redeemed.
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, IdentitySettings.ApiScope);
                // Each refresh token is used once; presenting a used one revokes its whole chain.
                server.SetAccessTokenLifetime(settings.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(settings.RefreshTokenLifetime)
                    .SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableStatusCodePagesIntegration();
                if (!settings.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                // Tokens travel in the Authorization header only; the hub path alone also reads the
                // query string, because browsers cannot set headers on WebSockets (see the host's RealTime).
                validation.UseAspNetCore()
                    .DisableAccessTokenExtractionFromQueryString()
                    .DisableAccessTokenExtractionFromBodyForm();
                // Each request checks that its token was not revoked: deactivation takes effect at once.
                validation.EnableTokenEntryValidation();
                validation.EnableAuthorizationEntryValidation();
            });
        services.AddSingleton<RecentTokenValidations>();
        services.AddSingleton<PersistedKeys>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(provider => provider.GetRequiredService<PersistedKeys>());
        services.AddExternalProviders(settings);
        services.AddScoped<IModuleInitializer, ClientApplications>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Capabilities.UseCompanyDirectory, policy => policy.RequireRole(PlatformRoles.Company))
            .AddPolicy(Capabilities.SeeCompanyImages, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme, IdentityConstants.ApplicationScheme)
                .RequireRole(PlatformRoles.Company))
            .AddPolicy(Capabilities.TakePartInSpaces, policy => policy.RequireRole(PlatformRoles.All))
            .AddPolicy(Capabilities.SeeSpaceImages, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme, IdentityConstants.ApplicationScheme)
                .RequireRole(PlatformRoles.All))
            .AddPolicy(Capabilities.AdministerAccounts, policy => policy.RequireRole(PlatformRoles.Admin))
            .AddPolicy(Capabilities.ModeratePlatform, policy => policy.RequireRole(PlatformRoles.Admin))
            .AddPolicy(Capabilities.ReadAuditLog, policy => policy.RequireRole(PlatformRoles.Admin))
            .AddPolicy(Capabilities.ViewParticipationAnalytics, policy => policy.RequireRole(PlatformRoles.Hr, PlatformRoles.Admin))
            .AddPolicy(Capabilities.PublishAnnouncements, policy => policy.RequireRole(PlatformRoles.Hr, PlatformRoles.Admin));
        return services;
    }
}
