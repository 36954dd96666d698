using EnterpriseSocial.Activity;
using EnterpriseSocial.Identity;
using EnterpriseSocial.Notifications;
using EnterpriseSocial.Profiles;
using EnterpriseSocial.Recognition;
using EnterpriseSocial.Spaces;

namespace EnterpriseSocial.Host;

/// <summary>The modules this process hosts, in one place.</summary>
internal static class Modules
{
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(ProfilesModule)];
        });
        services.AddIdentity(configuration);
        services.AddProfiles(configuration);
        services.AddSpaces(configuration);
        services.AddActivity(configuration);
        services.AddNotifications(configuration);
        services.AddRecognition(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapIdentity();
        endpoints.MapProfiles();
        endpoints.MapSpaces();
        endpoints.MapActivity();
        endpoints.MapNotifications();
        endpoints.MapRecognition();
        return endpoints;
    }
}
