using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Content;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Demo;
using EnterpriseSocial.Activity.Features.Attachments;
using EnterpriseSocial.Activity.Features.Conversations;
using EnterpriseSocial.Activity.Features.DirectMessages;
using EnterpriseSocial.Activity.Features.FanOut;
using EnterpriseSocial.Activity.Features.Feeds;
using EnterpriseSocial.Activity.Features.Live;
using EnterpriseSocial.Recognition.Contracts;
using EnterpriseSocial.Spaces.Contracts;
using EnterpriseSocial.Activity.Features.Moderation;
using EnterpriseSocial.Activity.Features.Mutes;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Activity.Features.Reactions;
using EnterpriseSocial.Activity.Features.Saved;
using EnterpriseSocial.Activity.Features.Search;
using EnterpriseSocial.Activity.Features.SpaceContent;
using EnterpriseSocial.Activity.Features.Topics;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Infrastructure.Hosting;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Infrastructure.RealTime;
using EnterpriseSocial.Infrastructure.Storage;
using EnterpriseSocial.Profiles.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EnterpriseSocial.Activity;

/// <summary>Activity streams: posts, conversations, reactions and the streams people read.</summary>
public static class ActivityModule
{
    public static IServiceCollection AddActivity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ActivityDbContext, SqliteActivityDbContext, PostgreSqlActivityDbContext, SqlServerActivityDbContext>(
            configuration, ActivityDbContext.SchemaName);
        services.AddOptions<FeedSettings>().Bind(configuration.GetSection(FeedSettings.Section))
            .Validate(s => s.LargeAudienceThreshold > 0 && s.TimelineLength > 0 && s.TrimEvery > 0 && s.SharedStreamRefresh > TimeSpan.Zero && s.SharedStreamLength > 0, "Activity:Feeds settings must be positive.")
            .ValidateOnStart();
        services.AddOptions<AttachmentSettings>().Bind(configuration.GetSection(AttachmentSettings.Section))
            .Validate(s => s.MaxBytes > 0 && s.MaxImageSide > 0 && s.UnattachedKeptFor > TimeSpan.Zero, "Activity:Attachments settings must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<IFileStore, LocalDiskFileStore>();
        services.AddMemoryCache();
        services.AddScoped<PostAccess>();
        services.AddScoped<IInteractionGraph, InteractionGraph>();
        services.AddScoped<IPostGlimpses, PostGlimpses>();
        services.AddScoped<IDirectConversations, DirectConversations>();
        services.AddScoped<MessageViews>();
        services.AddScoped<PostRenderer>();
        services.AddScoped<PostPublisher>();
        services.AddRecurringWork<DiscardedAttachments>(_ => TimeSpan.FromHours(1));
        services.AddRecurringWork<ScheduledPublishing>(_ => configuration.GetValue("Activity:Scheduling:Interval", TimeSpan.FromSeconds(30)));
        services.AddHostedService<SearchTextBackfill>();
        services.AddHostedService<SearchWordIndexer>();
        services.AddScoped<PostViews>();
        services.AddScoped<PostParts>();
        services.AddScoped<KindViews>();
        services.AddScoped<CommentViews>();
        services.AddScoped<HomeTimeline>();
        services.AddSingleton<MutesOnNode>();
        services.AddScoped<StreamPages>();
        services.AddScoped<SharedStreams>();
        services.AddScoped<ILiveSubscriptions, ActivityLiveSubscriptions>();
        services.AddScoped<IDemoSeeder, DemoConversationsSeeder>();
        services.AddScoped<IDemoSeeder, DemoDirectMessages>();
        services.AddScoped<DemoSpaceConversations>();
        services.AddScoped<DemoPollAndQuestion>();
        services.AddScoped<IDemoHistory, DemoConversationEvents>();
        services.AddOptions<ModerationSettings>().Bind(configuration.GetSection(ModerationSettings.Section));
        services.AddScoped<Moderator>();
        services.AddScoped<KeywordRules>();
        services.AddIntegrationEventConsumer<PostPublished, FanOutPost>();
        services.AddIntegrationEventConsumer<TopicsAdded, FanOutOnTopicsAdded>();
        services.AddIntegrationEventConsumer<TopicsRemoved, TakeBackOnTopicsRemoved>();
        services.AddIntegrationEventConsumer<PersonFollowed, BackfillOnPersonFollowed>();
        services.AddIntegrationEventConsumer<PersonUnfollowed, RemoveOnPersonUnfollowed>();
        services.AddIntegrationEventConsumer<TopicFollowed, BackfillOnTopicFollowed>();
        services.AddIntegrationEventConsumer<TopicUnfollowed, RemoveOnTopicUnfollowed>();
        services.AddIntegrationEventConsumer<PraiseGiven, PublishPraisePost>();
        services.AddIntegrationEventConsumer<MemberJoined, BackfillOnMemberJoined>();
        services.AddIntegrationEventConsumer<MemberLeft, RemoveOnMemberLeft>();
        services.AddIntegrationEventConsumer<MemberRemoved, RemoveOnMemberRemoved>();
        services.AddIntegrationEventConsumer<SpaceVisibilityChanged, RenewOnSpaceVisibilityChanged>();
        services.AddIntegrationEventConsumer<MemberLeft, RenewOnMemberLeft>();
        services.AddIntegrationEventConsumer<MemberRemoved, RenewOnMemberRemoved>();
        return services;
    }

    public static IEndpointRouteBuilder MapActivity(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/activity").WithTags("Activity")
            .RequireAuthorization(Capabilities.TakePartInSpaces);
        PublishPostEndpoint.Map(group);
        ScheduledPosts.Map(group);
        ManagePostEndpoints.Map(group);
        PostInteractionEndpoints.Map(group);
        PostCountsEndpoint.Map(group);
        CommentEndpoints.Map(group);
        ReactionEndpoints.Map(group);
        FeedEndpoints.Map(group);
        SavedEndpoints.Map(group);
        MuteEndpoints.Map(group);
        SuggestTopicsEndpoint.Map(group);
        SearchPostsEndpoint.Map(group);
        SearchFilesEndpoint.Map(group);
        ReportEndpoints.Map(group);
        ModerationEndpoints.Map(group);
        KeywordRules.Map(group);
        SpaceContentEndpoints.Map(group);
        AttachmentEndpoints.Map(group);
        AttachmentEndpoints.MapContent(endpoints);

        var messages = endpoints.MapGroup("/api/v1/messages").WithTags("Messages")
            .RequireAuthorization(Capabilities.UseCompanyDirectory);
        ConversationList.Map(messages);
        DirectMessageEndpoints.Map(messages);
        ChangeMessage.Map(messages);
        TypingSignal.Map(messages);
        SearchMessages.Map(messages);
        ReactToMessage.Map(messages);
        MarkUnread.Map(messages);
        return endpoints;
    }
}
