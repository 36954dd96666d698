using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Delivery;
using EnterpriseSocial.Notifications.Demo;
using EnterpriseSocial.Notifications.Email;
using EnterpriseSocial.Notifications.Features.EmailAvoided;
using EnterpriseSocial.Notifications.Features.Inbox;
using EnterpriseSocial.Notifications.Features.Preferences;
using EnterpriseSocial.Notifications.Retention;
using EnterpriseSocial.Notifications.Sources;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Recognition.Contracts;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.Notifications;

/// <summary>Notifications: stored per person from other modules' events, hinted live, e-mailed only as a calm digest.</summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<NotificationsDbContext, SqliteNotificationsDbContext, PostgreSqlNotificationsDbContext, SqlServerNotificationsDbContext>(
            configuration, NotificationsDbContext.SchemaName);
        services.AddScoped<NotificationPreferences>();
        services.AddScoped<NotificationWriter>();
        services.AddScoped<NotificationHints>();
        services.AddScoped<NotificationViews>();
        services.AddIntegrationEventConsumer<PostPublished, OnPostPublished>();
        services.AddIntegrationEventConsumer<CommentAdded, OnCommentAdded>();
        services.AddIntegrationEventConsumer<MentionsAdded, OnMentionsAdded>();
        services.AddIntegrationEventConsumer<ReactionGiven, OnReactionGiven>();
        services.AddIntegrationEventConsumer<BestAnswerChosen, OnBestAnswerChosen>();
        services.AddIntegrationEventConsumer<ContentModerated, OnContentModerated>();
        services.AddIntegrationEventConsumer<PersonFollowed, OnPersonFollowed>();
        services.AddIntegrationEventConsumer<MemberJoined, OnMemberJoined>();
        services.AddIntegrationEventConsumer<JoinRequested, OnJoinRequested>();
        services.AddIntegrationEventConsumer<JoinRequestDecided, OnJoinRequestDecided>();
        services.AddIntegrationEventConsumer<PraiseGiven, OnPraiseGiven>();
        services.AddIntegrationEventConsumer<BadgeAwarded, OnBadgeAwarded>();
        services.AddIntegrationEventConsumer<DirectMessageSent, OnDirectMessageSent>();
        services.AddIntegrationEventConsumer<DirectMessagesRead, OnDirectMessagesRead>();
        services.AddEmailDigests(configuration);
        services.AddNotificationRetention(configuration);
        services.AddScoped<IDemoSeeder, DemoNotificationsSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/notifications").WithTags("Notifications")
            .RequireAuthorization(Capabilities.TakePartInSpaces);
        InboxEndpoints.Map(group);
        PreferenceEndpoints.Map(group);
        MuteEndpoints.Map(group);
        EmailAvoidedEndpoint.Map(group);
        return endpoints;
    }
}
