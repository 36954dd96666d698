using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Infrastructure.Storage;
using EnterpriseSocial.Spaces.Access;
using EnterpriseSocial.Spaces.Contracts;
using EnterpriseSocial.Spaces.Data;
using EnterpriseSocial.Spaces.Demo;
using EnterpriseSocial.Spaces.Features.Members;
using EnterpriseSocial.Spaces.Features.Joining;
using EnterpriseSocial.Spaces.Features.Spaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EnterpriseSocial.Spaces;

/// <summary>Spaces: groups with their members and roles, and the access rule every module asks about them.</summary>
public static class SpacesModule
{
    public static IServiceCollection AddSpaces(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SpacesDbContext, SqliteSpacesDbContext, PostgreSqlSpacesDbContext, SqlServerSpacesDbContext>(
            configuration, SpacesDbContext.SchemaName);
        services.AddSingleton<SpacesOnNode>();
        services.AddScoped<SpaceAccess>();
        services.AddScoped<ISpaceAccess>(provider => provider.GetRequiredService<SpaceAccess>());
        services.AddScoped<ISpaceRoster, SpaceRoster>();
        services.AddScoped<Memberships>();
        services.TryAddSingleton<IFileStore, LocalDiskFileStore>();
        services.AddScoped<IDemoSeeder, DemoSpacesSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapSpaces(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/spaces").WithTags("Spaces")
            .RequireAuthorization(Capabilities.TakePartInSpaces);
        SpaceEndpoints.Map(group);
        MembershipEndpoints.Map(group);
        MemberEndpoints.Map(group);
        CoverEndpoints.Map(group);
        return endpoints;
    }
}
