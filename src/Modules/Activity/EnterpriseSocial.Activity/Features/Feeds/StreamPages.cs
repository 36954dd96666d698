using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.ActivityStreams;
using EnterpriseSocial.Activity.Features.Mutes;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Feeds;

/// <summary>The sequences of the next posts of a stream, newest first, strictly before <c>before</c>.</summary>
internal delegate Task<List<long>> StreamCandidates(Guid viewer, long? before, int take, CancellationToken cancellationToken);

/// <summary>Turns a stream's candidates into a page: skips what the reader muted, and answers JSON or Activity Streams.</summary>
internal sealed class StreamPages(ActivityDbContext db, PostViews views, HomeTimeline timeline, SharedStreams shared, MutesOnNode mutesOnNode)
{
    /// <summary>Muted posts are skipped by reading further; a reader who muted nearly everything gets a short page, not a slow one.</summary>
    private const int MaxRounds = 4;

    private static readonly CompiledPerModel<Func<ActivityDbContext, Guid, IAsyncEnumerable<Mute>>> MutesOf = new(() =>
        EF.CompileAsyncQuery((ActivityDbContext db, Guid me) => db.Mutes.AsNoTracking().Where(m => m.PersonId == me)));

    public async Task<IResult> PageAsync(
        HttpContext context, string? cursor, int? limit, StreamCandidates candidates, bool applyMutes = true)
    {
        var me = context.User.PersonId()!.Value;
        var errors = new ValidationErrors();
        var (before, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var cancellationToken = context.RequestAborted;
        var mutes = applyMutes
            ? await mutesOnNode.Answers.GetAsync(me, async () => await MutesOf.For(db)(db, me).ToListAsync(cancellationToken))
            : [];
        var kept = new List<Post>();
        var more = true;
        for (var round = 0; round < MaxRounds && more && kept.Count <= pageSize; round++)
        {
            var sequences = await candidates(me, before, pageSize + 1, cancellationToken);
            more = sequences.Count == pageSize + 1;
            if (sequences.Count == 0)
            {
                break;
            }

            kept.AddRange((await views.LoadAsync(me, sequences, cancellationToken)).Where(post => !Hidden(post, mutes)));
            before = sequences[^1];
        }

        var page = kept.Take(pageSize).ToList();
        var next = kept.Count > pageSize ? page[^1].Sequence : more ? before : null;
        return await AnswerAsync(context, me, page, next is null ? null : SequenceCursor.Encode(next.Value));
    }

    public async Task<IResult> AnswerAsync(HttpContext context, Guid me, IReadOnlyList<long> sequences, string? nextCursor) =>
        await AnswerAsync(context, me, await views.LoadAsync(me, sequences, context.RequestAborted), nextCursor);

    public Task<List<long>> HomeCandidatesAsync(Guid me, long? before, int take, CancellationToken cancellationToken) =>
        HomeCandidates.ReadAsync(db, timeline, shared, me, before, take, cancellationToken);

    private async Task<IResult> AnswerAsync(HttpContext context, Guid me, List<Post> posts, string? nextCursor)
    {
        var built = await views.BuildAsync(me, posts, context.RequestAborted);
        return As2.Wanted(context.Request)
            ? As2.Result(As2.Page(context.Request, built.Select(p => As2.Create(p, context.Request)), nextCursor))
            : TypedResults.Ok(new CursorPage<PostView>(built, nextCursor));
    }

    private static bool Hidden(Post post, IReadOnlyList<Mute> mutes) => post.IsDeleted || mutes.Any(mute => mute.Kind switch
    {
        MuteKind.Person => mute.Key == post.AuthorId.ToString(),
        MuteKind.Topic => post.Topics.Any(t => t.Topic == mute.Key),
        _ => mute.Key == post.Id.ToString() || mute.Key == post.SharedPostId?.ToString(),
    });
}
