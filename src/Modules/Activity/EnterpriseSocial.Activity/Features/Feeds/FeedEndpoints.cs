using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.ActivityStreams;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Feeds;

/// <summary>
/// The streams: home, company, a person's, a topic's, and saved posts. Newest first, paged by the
/// post sequence; each also answers as an Activity Streams 2.0 collection page.
/// </summary>
internal static class FeedEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/feeds/home", HomeAsync).WithSummary("People, topics you follow and your own posts, newest first.");
        group.MapGet("/feeds/company", CompanyAsync).WithSummary("Everything posted company-wide, newest first.");
        group.MapGet("/feeds/people/{id:guid}", PersonAsync).WithSummary("A person's posts, newest first.");
        group.MapGet("/feeds/topics/{tag}", TopicAsync).WithSummary("Posts tagged with a topic, newest first.");
        group.MapGet("/feeds/spaces/{id:guid}", SpaceAsync).WithSummary("A space's posts, newest first, for whoever may read the space.");
        group.MapGet("/feeds/saved", SavedAsync).WithSummary("The posts you saved, most recently saved first.");
    }

    private static Task<IResult> HomeAsync(HttpContext context, StreamPages streams, HomeTimeline timeline, string? cursor, int? limit) =>
        streams.PageAsync(context, cursor, limit, async (me, before, take, ct) =>
        {
            await timeline.EnsureActiveAsync(me, ct);
            return await streams.HomeCandidatesAsync(me, before, take, ct);
        });

    private static Task<IResult> CompanyAsync(HttpContext context, StreamPages streams, PostAccess access, string? cursor, int? limit) =>
        streams.PageAsync(context, cursor, limit, async (me, before, take, ct) =>
            await Newest((await access.VisibleAsync(me, ct)).Where(p => p.SpaceId == null && p.DeletedAt == null), before, take, ct));

    private static Task<IResult> PersonAsync(Guid id, HttpContext context, StreamPages streams, PostAccess access, string? cursor, int? limit) =>
        streams.PageAsync(context, cursor, limit, async (me, before, take, ct) =>
            await Newest((await access.VisibleAsync(me, ct)).Where(p => p.AuthorId == id && p.DeletedAt == null), before, take, ct), applyMutes: false);

    private static Task<IResult> TopicAsync(string tag, HttpContext context, StreamPages streams, ActivityDbContext db, PostAccess access, string? cursor, int? limit)
    {
        if (TopicName.Normalize(tag) is not { } topic)
        {
            return Task.FromResult<IResult>(TypedResults.ValidationProblem(
                new ValidationErrors().Add("tag", Bilingual.Text("A topic is letters, digits, - and _, at most 100 characters.",
                    "Un sujet se compose de lettres, de chiffres, de - et de _, en 100 caractères au plus.")).ToDictionary()));
        }

        return streams.PageAsync(context, cursor, limit, async (me, before, take, ct) =>
        {
            var tagged = db.PostTopics.AsNoTracking().Where(t => t.Topic == topic && (before == null || t.PostSequence < before));
            var visible = (await access.VisibleAsync(me, ct)).Where(p => p.DeletedAt == null);
            return await tagged.Join(visible, t => t.PostSequence, p => p.Sequence, (t, p) => p.Sequence)
                .OrderByDescending(s => s).Take(take).ToListAsync(ct);
        }, applyMutes: false);
    }

    private static async Task<IResult> SpaceAsync(Guid id, HttpContext context, StreamPages streams, PostAccess access, ISpaceAccess spaces, string? cursor, int? limit)
    {
        var me = context.User.PersonId()!.Value;
        if ((await spaces.ReadableAsync(me, [id], context.RequestAborted)).Count == 0)
        {
            return ApiProblems.NotFound(Bilingual.Text("No such space.", "Cet espace n'existe pas."));
        }

        return await streams.PageAsync(context, cursor, limit, async (reader, before, take, ct) =>
            await Newest((await access.VisibleAsync(reader, ct)).Where(p => p.SpaceId == id && p.DeletedAt == null), before, take, ct), applyMutes: false);
    }

    private static async Task<IResult> SavedAsync(HttpContext context, StreamPages streams, ActivityDbContext db, PostAccess access, string? cursor, int? limit)
    {
        var me = context.User.PersonId()!.Value;
        var errors = new ValidationErrors();
        var (before, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var rows = await db.SavedPosts.AsNoTracking().Where(s => s.PersonId == me && (before == null || s.Sequence < before))
            .Join(await access.VisibleAsync(me, context.RequestAborted), s => s.PostSequence, p => p.Sequence, (s, p) => new { SavedSequence = s.Sequence, PostSequence = p.Sequence })
            .OrderByDescending(s => s.SavedSequence).Take(pageSize + 1).ToListAsync(context.RequestAborted);
        var page = rows.Take(pageSize).ToList();
        return await streams.AnswerAsync(context, me, page.Select(r => r.PostSequence).ToList(),
            rows.Count > pageSize ? SequenceCursor.Encode(page[^1].SavedSequence) : null);
    }

    private static Task<List<long>> Newest(IQueryable<Post> posts, long? before, int take, CancellationToken cancellationToken) =>
        (before is null ? posts : posts.Where(p => p.Sequence < before))
            .OrderByDescending(p => p.Sequence).Take(take).Select(p => p.Sequence).ToListAsync(cancellationToken);
}
