using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Attachments;
using EnterpriseSocial.Activity.Features.Feeds;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.SpaceContent;

internal sealed record SpaceFileView(AttachmentView File, Guid PostId, DateTimeOffset SharedAt);

/// <summary>What a space page shows besides its stream: pinned posts, questions waiting for an answer, and the files shared.</summary>
internal static class SpaceContentEndpoints
{
    private const int MaxPinned = 10;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/spaces/{id:guid}/pinned", PinnedAsync).WithSummary("The posts pinned at the top of a space, most recently pinned first.");
        group.MapPut("/posts/{id:guid}/pin", (Guid id, HttpContext context, ActivityDbContext db, ISpaceAccess spaces, TimeProvider clock) =>
            PinAsync(id, pin: true, context, db, spaces, clock)).WithSummary("Pins a post at the top of its space (the space's moderators).");
        group.MapDelete("/posts/{id:guid}/pin", (Guid id, HttpContext context, ActivityDbContext db, ISpaceAccess spaces, TimeProvider clock) =>
            PinAsync(id, pin: false, context, db, spaces, clock)).WithSummary("Unpins a post.");
        group.MapGet("/spaces/{id:guid}/questions", QuestionsAsync).WithSummary("A space's questions that have no best answer yet, newest first.");
        group.MapGet("/spaces/{id:guid}/files", FilesAsync).WithSummary("Files and images shared in a space, newest first.");
    }

    private static async Task<bool> ReadableAsync(HttpContext context, ISpaceAccess spaces, Guid space) =>
        (await spaces.ReadableAsync(context.User.PersonId()!.Value, [space], context.RequestAborted)).Count > 0;

    private static async Task<IResult> PinnedAsync(Guid id, HttpContext context, PostAccess access, PostViews views, ISpaceAccess spaces)
    {
        if (!await ReadableAsync(context, spaces, id))
        {
            return ApiProblems.NotFound(Bilingual.Text("No such space.", "Cet espace n'existe pas."));
        }

        var me = context.User.PersonId()!.Value;
        var pinned = await (await access.VisibleAsync(me, context.RequestAborted))
            .Where(p => p.SpaceId == id && p.PinnedAt != null && p.DeletedAt == null)
            .Include(p => p.Topics).Include(p => p.Mentions).Include(p => p.PollOptions)
            .OrderByDescending(p => p.Sequence).Take(MaxPinned).AsSplitQuery().ToListAsync(context.RequestAborted);
        return TypedResults.Ok(await views.BuildAsync(me, pinned, context.RequestAborted));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> PinAsync(
        Guid id, bool pin, HttpContext context, ActivityDbContext db, ISpaceAccess spaces, TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == id && p.DeletedAt == null, context.RequestAborted);
        if (post?.SpaceId is not { } space || !await ReadableAsync(context, spaces, space))
        {
            return ManagePostEndpoints.NoSuchPost();
        }

        if (!await spaces.CanModerateAsync(me, space, context.RequestAborted))
        {
            return ApiProblems.Forbidden(Bilingual.Text("Only the space's owners, community managers and moderators pin posts.",
                "Seuls les propriétaires, animateurs et modérateurs de l'espace peuvent épingler des publications."));
        }

        if (pin && post.PinnedAt is null && await db.Posts.CountAsync(p => p.SpaceId == space && p.PinnedAt != null && p.DeletedAt == null, context.RequestAborted) >= MaxPinned)
        {
            return ApiProblems.Conflict(Bilingual.Text($"A space pins at most {MaxPinned} posts: unpin one first.",
                $"Un espace épingle au plus {MaxPinned} publications : désépinglez-en une d'abord."));
        }

        post.PinnedAt = pin ? post.PinnedAt ?? clock.GetUtcNow() : null;
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> QuestionsAsync(Guid id, HttpContext context, StreamPages streams, PostAccess access, ISpaceAccess spaces, string? cursor, int? limit)
    {
        if (!await ReadableAsync(context, spaces, id))
        {
            return ApiProblems.NotFound(Bilingual.Text("No such space.", "Cet espace n'existe pas."));
        }

        return await streams.PageAsync(context, cursor, limit, async (reader, before, take, ct) =>
            await (await access.VisibleAsync(reader, ct))
                .Where(p => p.SpaceId == id && p.Kind == PostKind.Question && p.BestAnswerId == null && p.DeletedAt == null && (before == null || p.Sequence < before))
                .OrderByDescending(p => p.Sequence).Take(take).Select(p => p.Sequence).ToListAsync(ct), applyMutes: false);
    }

    private static async Task<Results<Ok<CursorPage<SpaceFileView>>, ValidationProblem, ProblemHttpResult>> FilesAsync(
        Guid id, HttpContext context, ActivityDbContext db, PostAccess access, ISpaceAccess spaces, string? cursor, int? limit)
    {
        var errors = new ValidationErrors();
        var (before, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (!await ReadableAsync(context, spaces, id))
        {
            return ApiProblems.NotFound(Bilingual.Text("No such space.", "Cet espace n'existe pas."));
        }

        var posts = (await access.VisibleAsync(context.User.PersonId()!.Value, context.RequestAborted))
            .Where(p => p.SpaceId == id && p.DeletedAt == null && (before == null || p.Sequence < before));
        var rows = await db.Attachments.AsNoTracking()
            .Join(posts, a => a.PostId, p => p.Id, (a, p) => new { Attachment = a, p.Sequence, p.CreatedAt })
            .OrderByDescending(r => r.Sequence).Take(pageSize + 1).ToListAsync(context.RequestAborted);
        var page = rows.Take(pageSize).ToList();
        if (rows.Count > pageSize && rows[pageSize].Sequence == page[^1].Sequence && page.FindLastIndex(r => r.Sequence != page[^1].Sequence) is var cut and >= 0)
        {
            // The cursor is a post: a post whose files straddle the page boundary starts the next page whole.
            page = page.Take(cut + 1).ToList();
        }

        return TypedResults.Ok(new CursorPage<SpaceFileView>(
            page.Select(r => new SpaceFileView(AttachmentView.Of(r.Attachment), r.Attachment.PostId!.Value, r.CreatedAt)).ToList(),
            rows.Count > pageSize ? SequenceCursor.Encode(page[^1].Sequence) : null));
    }
}
