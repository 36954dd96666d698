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
        var names = (await directory.GetSummariesAsync(praise.ReceiverIds, cancellationToken)).ToDictionary(p => p.Id, p => p.DisplayName);
        var praised = string.Join(' ', praise.ReceiverIds.Where(names.ContainsKey).Select(id => $"@[{Escape(names[id])}]({id})"));
        var content = await renderer.RenderAsync($"{praised}\n\n{praise.Message}", cancellationToken);
        var post = Post.Publish(praise.GiverId, content, null, Clock.GetUtcNow(), PostKind.Praise, praise.SpaceId);
        post.ShowPraise(praise.PraiseId);
        Context.Posts.Add(post);
        // The people praised hear of it from the praise itself, not again as a mention.
        Context.Publish(new PostPublished(post.Id, praise.GiverId, content.Topics, [], null, praise.SpaceId, PraisedPeople: praise.ReceiverIds));
    }

    private static string Escape(string name) => name.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal);
}
