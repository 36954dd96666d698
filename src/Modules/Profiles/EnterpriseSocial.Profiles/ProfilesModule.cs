using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Demo;
using EnterpriseSocial.Profiles.Features.AccountLifecycle;
using EnterpriseSocial.Profiles.Features.Avatars;
using EnterpriseSocial.Profiles.Features.EditProfile;
using EnterpriseSocial.Profiles.Features.Following;
using EnterpriseSocial.Profiles.Features.OrgChart;
using EnterpriseSocial.Profiles.Features.GetProfile;
using EnterpriseSocial.Profiles.Features.Suggestions;
using EnterpriseSocial.Profiles.Features.LookupProfiles;
using EnterpriseSocial.Profiles.Features.SearchDirectory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.Profiles;

/// <summary>People: the directory of employees every other module refers to by id.</summary>
public static class ProfilesModule
{
    public static IServiceCollection AddProfiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ProfilesDbContext, SqliteProfilesDbContext, PostgreSqlProfilesDbContext, SqlServerProfilesDbContext>(
            configuration, ProfilesDbContext.SchemaName);
        services.AddMemoryCache();
        services.AddSingleton<ProfileSummaryCache>();
        services.AddScoped<IProfileDirectory, ProfileDirectory>();
        services.AddScoped<IPeopleRoster, PeopleRoster>();
        services.AddScoped<IFollowGraph, FollowGraph>();
        services.AddScoped<IDemoSeeder, DemoCompanySeeder>();
        services.AddScoped<IDemoHistory, DemoFollowEvents>();
        services.AddIntegrationEventConsumer<AccountCreated, ProvisionProfileOnAccountCreated>();
        services.AddIntegrationEventConsumer<AccountDirectoryAttributesChanged, UpdateProfileFromDirectory>();
        services.AddIntegrationEventConsumer<AccountDeactivated, MarkFormerEmployeeOnDeactivation>();
        services.AddIntegrationEventConsumer<AccountReactivated, ClearFormerEmployeeOnReactivation>();
        return services;
    }

    public static IEndpointRouteBuilder MapProfiles(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/profiles").WithTags("Profiles")
            .RequireAuthorization(Capabilities.UseCompanyDirectory);
        SearchDirectoryEndpoint.Map(group);
        GetProfileEndpoint.Map(group);
        LookupProfilesEndpoint.Map(group);
        FollowingEndpoints.Map(group);
        TopicEndpoints.Map(group);
        SuggestionsEndpoint.Map(group);
        EditProfileEndpoints.Map(group);
        OrgChartEndpoints.Map(group);
        AvatarEndpoints.Map(group);
        return endpoints;
    }
}
