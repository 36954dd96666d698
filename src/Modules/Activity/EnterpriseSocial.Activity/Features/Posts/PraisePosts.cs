using EnterpriseSocial.Activity.Content;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Recognition.Contracts;

namespace EnterpriseSocial.Activity.Features.Posts;

/// <summary>
/// Shows a praise in the streams as a post by its giver naming the people praised: in the company
/// stream and their followers' home streams, or in its space for the space's readers.
/// </summary>
internal sealed class PublishPraisePost(ActivityDbContext context, TimeProvider clock, PostRenderer renderer, IProfileDirectory directory)
    : IdempotentConsumer<PraiseGiven, ActivityDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(PraiseGiven praise, CancellationToken cancellationToken)
    {
        var (post, published) = await CreateAsync(praise, Clock.GetUtcNow(), renderer, directory, cancellationToken);
        Context.Posts.Add(post);
        Context.Publish(published);
    }

    /// <summary>The praise's post, and the event that publishes it; the demo's praise is shown by the same post, at its own time.</summary>
    public static async Task<(Post Post, PostPublished Published)> CreateAsync(
        PraiseGiven praise, DateTimeOffset at, PostRenderer renderer, IProfileDirectory directory, CancellationToken cancellationToken)
    {
        var names = (await directory.GetSummariesAsync(praise.ReceiverIds, cancellationToken)).ToDictionary(p => p.Id, p => p.DisplayName);
        var praised = string.Join(' ', praise.ReceiverIds.Where(names.ContainsKey).Select(id => $"@[{Escape(names[id])}]({id})"));
        var content = await renderer.RenderAsync($"{praised}\n\n{praise.Message}", cancellationToken);
        var post = Post.Publish(praise.GiverId, content, null, at, PostKind.Praise, praise.SpaceId);
        post.ShowPraise(praise.PraiseId);
        // The people praised hear of it from the praise itself, not again as a mention.
        return (post, new PostPublished(post.Id, praise.GiverId, content.Topics, [], null, praise.SpaceId, PraisedPeople: praise.ReceiverIds));
    }

    private static string Escape(string name) => name.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal);
}
