using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Infrastructure.Storage;
using EnterpriseSocial.Recognition.Data;
using EnterpriseSocial.Recognition.Demo;
using EnterpriseSocial.Recognition.Features.Achievements;
using EnterpriseSocial.Recognition.Features.Badges;
using EnterpriseSocial.Recognition.Features.Praise;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EnterpriseSocial.Recognition;

/// <summary>Recognition: a badge catalogue, praise between colleagues, and achievements earned from contribution.</summary>
public static class RecognitionModule
{
    public static IServiceCollection AddRecognition(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<RecognitionDbContext, SqliteRecognitionDbContext, PostgreSqlRecognitionDbContext, SqlServerRecognitionDbContext>(
            configuration, RecognitionDbContext.SchemaName);
        services.TryAddSingleton<IFileStore, LocalDiskFileStore>();
        services.AddScoped<PraiseViews>();
        services.AddScoped<AchievementEvaluator>();
        services.AddScoped<AchievementCatalogue>();
        services.AddScoped<IModuleInitializer>(provider => provider.GetRequiredService<AchievementCatalogue>());
        services.AddScoped<IDemoSeeder, DemoRecognitionSeeder>();
        services.AddScoped<IDemoSeeder, DemoAchievementsSeeder>();
        services.AddScoped<IDemoHistory, DemoRecognitionEvents>();
        services.AddIntegrationEventConsumer<PostPublished, RecordPost>();
        services.AddIntegrationEventConsumer<CommentAdded, RecordReply>();
        services.AddIntegrationEventConsumer<BestAnswerChosen, RecordBestAnswer>();
        return services;
    }

    public static IEndpointRouteBuilder MapRecognition(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/recognition").WithTags("Recognition")
            .RequireAuthorization(Capabilities.UseCompanyDirectory);
        BadgeEndpoints.Map(group);
        BadgeImageEndpoints.Map(group);
        GivePraiseEndpoint.Map(group);
        WallEndpoints.Map(group);
        RecomputeEndpoint.Map(group);
        return endpoints;
    }
}
