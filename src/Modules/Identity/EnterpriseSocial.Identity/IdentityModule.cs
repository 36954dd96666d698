using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Identity.Data;
using EnterpriseSocial.Identity.Demo;
using EnterpriseSocial.Identity.Domain;
using EnterpriseSocial.Identity.Features.Accounts;
using EnterpriseSocial.Identity.Features.Audit;
using EnterpriseSocial.Identity.Features.ExternalSignIn;
using EnterpriseSocial.Identity.Features.LiveTickets;
using EnterpriseSocial.Identity.Features.Me;
using EnterpriseSocial.Identity.Features.Passwords;
using EnterpriseSocial.Identity.Features.SignIn;
using EnterpriseSocial.Identity.Oidc;
using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Infrastructure.Email;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.Identity;

/// <summary>Identity and access: accounts, the OpenID Connect server, roles and capability policies.</summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IdentityDbContext, SqliteIdentityDbContext, PostgreSqlIdentityDbContext, SqlServerIdentityDbContext>(
            configuration, IdentityDbContext.SchemaName);
        services.AddAccountsAndTokens(configuration);
        services.AddEmail(configuration);
        services.AddSingleton<GuestsOnNode>();
        services.AddScoped<IAccountStatus, AccountStatus>();
        services.AddSingleton(provider => new LiveTicketIssuer(provider.GetRequiredService<PersistedKeys>().LiveTicketKey, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ILiveTickets>(provider => provider.GetRequiredService<LiveTicketIssuer>());
        services.AddScoped<RoleCatalog>();
        services.AddScoped<PasswordLinks>();
        services.AddScoped<IDemoSeeder, DemoAccountsSeeder>();
        services.AddScoped<IModuleInitializer, FirstAdministrator>();

        var settings = configuration.GetSection("Identity").Get<IdentitySettings>() ?? new IdentitySettings();
        services.Configure<RateLimiterOptions>(options =>
        {
            options.AddPolicy(SignInEndpoint.RateLimitPolicy, context => RateLimits.PerClient(context, settings.SignInPermitsPerMinute));
            options.AddPolicy(PasswordEndpoints.RateLimitPolicy, context => RateLimits.PerClient(context, settings.PasswordResetPermitsPerMinute));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapIdentity(this IEndpointRouteBuilder endpoints)
    {
        OidcEndpoints.Map(endpoints);
        var group = endpoints.MapGroup("/api/v1/identity").WithTags("Identity");
        SignInEndpoint.Map(group);
        PasswordEndpoints.Map(group);
        MeEndpoint.Map(group);
        LiveTicketEndpoint.Map(group);
        ListAccounts.Map(group);
        AccountAdministration.Map(group);
        AuditLog.Map(group);
        ExternalSignInEndpoints.Map(endpoints, group);
        return endpoints;
    }

}
