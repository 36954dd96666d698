using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Recognition.Data;
using EnterpriseSocial.Recognition.Features.Badges;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Recognition.Features.Praise;

internal sealed record BadgeCount(BadgeView Badge, int Count);

internal sealed record ProfileRecognitionView(IReadOnlyList<BadgeCount> Badges, IReadOnlyList<PraiseView> Praise);

/// <summary>
/// The recognition wall (company-wide, or a space's for its readers), what a profile shows, and a
/// receiver keeping a praise off their profile. Never a ranking of people.
/// </summary>
internal static class WallEndpoints
{
    private const int ProfilePraise = 20;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/wall", WallAsync).WithSummary("Praise, newest first: company-wide, or in a space; filter by company value and receivers' department.");
        group.MapGet("/praise/{id:guid}", OneAsync).WithSummary("One praise, for whoever may read where it was given.");
        group.MapGet("/people/{id:guid}", ProfileAsync).WithSummary("The badges a person received, with counts, and the praise on their profile.");
        group.MapPut("/praise/{id:guid}/hidden", (Guid id, HttpContext context, RecognitionDbContext db) => HideAsync(id, true, context, db))
            .WithSummary("Keeps a praise you received off your profile.");
        group.MapDelete("/praise/{id:guid}/hidden", (Guid id, HttpContext context, RecognitionDbContext db) => HideAsync(id, false, context, db))
            .WithSummary("Shows it on your profile again.");
    }

    private static async Task<Results<Ok<CursorPage<PraiseView>>, ValidationProblem, ProblemHttpResult>> WallAsync(
        Guid? spaceId, string? value, string? department, string? cursor, int? limit, HttpContext context, PraiseViews views, ISpaceAccess spaces)
    {
        var errors = new ValidationErrors();
        var (before, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var me = context.User.PersonId()!.Value;
        if (spaceId is { } space && (await spaces.ReadableAsync(me, [space], context.RequestAborted)).Count == 0)
        {
            return ApiProblems.NotFound(Bilingual.Text("No such space.", "Cet espace n'existe pas."));
        }

        var praise = (await views.VisibleAsync(me, context.RequestAborted)).Where(p => p.SpaceId == spaceId);
        praise = string.IsNullOrWhiteSpace(value) ? praise : praise.Where(p => p.Value == value);
        praise = string.IsNullOrWhiteSpace(department) ? praise : praise.Where(p => p.Receivers.Any(r => r.Department == department));
        praise = before is { } sequence ? praise.Where(p => p.Sequence < sequence) : praise;
        var rows = await praise.Include(p => p.Receivers).OrderByDescending(p => p.Sequence).Take(pageSize + 1).ToListAsync(context.RequestAborted);
        var page = rows.Take(pageSize).ToList();
        var next = rows.Count > pageSize ? SequenceCursor.Encode(page[^1].Sequence) : null;
        return TypedResults.Ok(new CursorPage<PraiseView>(await views.BuildAsync(me, page, context.RequestAborted), next));
    }

    private static async Task<Results<Ok<PraiseView>, ProblemHttpResult>> OneAsync(Guid id, HttpContext context, PraiseViews views)
    {
        var me = context.User.PersonId()!.Value;
        var praise = await (await views.VisibleAsync(me, context.RequestAborted)).Include(p => p.Receivers)
            .SingleOrDefaultAsync(p => p.Id == id, context.RequestAborted);
        return praise is null
            ? ApiProblems.NotFound(Bilingual.Text("There is no such praise.", "Ces félicitations n'existent pas."))
            : TypedResults.Ok((await views.BuildAsync(me, [praise], context.RequestAborted))[0]);
    }

    private static async Task<Ok<ProfileRecognitionView>> ProfileAsync(Guid id, HttpContext context, RecognitionDbContext db, PraiseViews views)
    {
        var me = context.User.PersonId()!.Value;
        // A praise its receiver hid stays off their profile, except for them.
        var received = (await views.VisibleAsync(me, context.RequestAborted))
            .Where(p => p.Receivers.Any(r => r.PersonId == id && (!r.HiddenFromProfile || id == me)));
        var praise = await received.Include(p => p.Receivers).OrderByDescending(p => p.Sequence).Take(ProfilePraise).ToListAsync(context.RequestAborted);
        var praiseBadges = await received.GroupBy(p => p.BadgeId).Select(g => new { BadgeId = g.Key, Count = g.Count() }).ToListAsync(context.RequestAborted);
        var achievements = await db.Awards.AsNoTracking().Where(a => a.PersonId == id).Select(a => a.BadgeId).ToListAsync(context.RequestAborted);
        var counts = praiseBadges.Select(b => (b.BadgeId, b.Count)).Concat(achievements.Select(a => (BadgeId: a, Count: 1))).ToList();
        var badgeIds = counts.Select(c => c.BadgeId).ToList();
        var badges = await db.Badges.AsNoTracking().Where(b => badgeIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, context.RequestAborted);
        var badgeCounts = counts.Where(c => badges.ContainsKey(c.BadgeId)).OrderByDescending(c => c.Count)
            .Select(c => new BadgeCount(BadgeView.From(badges[c.BadgeId]), c.Count)).ToList();
        return TypedResults.Ok(new ProfileRecognitionView(badgeCounts, await views.BuildAsync(me, praise, context.RequestAborted)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> HideAsync(Guid id, bool hidden, HttpContext context, RecognitionDbContext db)
    {
        var me = context.User.PersonId()!.Value;
        var receiver = await db.PraiseReceivers.Where(r => r.PersonId == me && db.Praise.Any(p => p.Id == id && p.Sequence == r.PraiseSequence))
            .SingleOrDefaultAsync(context.RequestAborted);
        if (receiver is null)
        {
            return ApiProblems.NotFound(Bilingual.Text("There is no such praise of yours.", "Vous n'avez pas reçu ces félicitations."));
        }

        receiver.HiddenFromProfile = hidden;
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.NoContent();
    }
}
