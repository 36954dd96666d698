using System.Globalization;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Domain;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles.Features.Following;

/// <summary>Following people and topics. Following twice is harmless; following yourself is refused.</summary>
internal static class FollowingEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPut("/{id:guid}/follow", FollowAsync).WithSummary("Follows a person; their posts come into your home stream.");
        group.MapDelete("/{id:guid}/follow", UnfollowAsync).WithSummary("Stops following a person.");
        group.MapGet("/{id:guid}/followers", (Guid id, ProfilesDbContext db, CancellationToken ct, string? cursor, int? limit) =>
            ListAsync(db, id, followers: true, cursor, limit, ct)).WithSummary("Who follows a person, newest first.");
        group.MapGet("/{id:guid}/following", (Guid id, ProfilesDbContext db, CancellationToken ct, string? cursor, int? limit) =>
            ListAsync(db, id, followers: false, cursor, limit, ct)).WithSummary("Whom a person follows, newest first.");
    }

    internal static ProblemHttpResult NoSuchPerson() =>
        ApiProblems.NotFound(Bilingual.Text("No such profile.", "Ce profil n'existe pas."));

    private static async Task<Results<NoContent, ProblemHttpResult>> FollowAsync(
        Guid id, HttpContext context, ProfilesDbContext db, TimeProvider clock)
    {
        var me = context.User.PersonId();
        if (me is null || !await db.Profiles.AnyAsync(p => p.Id == id, context.RequestAborted))
        {
            return NoSuchPerson();
        }

        if (me == id)
        {
            return ApiProblems.Unprocessable(Bilingual.Text("You cannot follow yourself.", "Vous ne pouvez pas vous suivre vous-même."));
        }

        if (await db.Follows.AnyAsync(f => f.FollowerId == me && f.FolloweeId == id, context.RequestAborted))
        {
            return TypedResults.NoContent();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        db.Follows.Add(Follow.Create(me.Value, id, clock.GetUtcNow()));
        db.Publish(new PersonFollowed(me.Value, id));
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // The same follow raced in from another request: it is there, which is all that was asked.
            return TypedResults.NoContent();
        }

        await AdjustCountsAsync(db, me.Value, id, +1, context.RequestAborted);
        await transaction.CommitAsync(context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnfollowAsync(Guid id, HttpContext context, ProfilesDbContext db)
    {
        var me = context.User.PersonId();
        if (me is null || !await db.Profiles.AnyAsync(p => p.Id == id, context.RequestAborted))
        {
            return NoSuchPerson();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        var removed = await db.Follows.Where(f => f.FollowerId == me && f.FolloweeId == id).ExecuteDeleteAsync(context.RequestAborted);
        if (removed > 0)
        {
            db.Publish(new PersonUnfollowed(me.Value, id));
            await db.SaveChangesAsync(context.RequestAborted);
            await AdjustCountsAsync(db, me.Value, id, -1, context.RequestAborted);
        }

        await transaction.CommitAsync(context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task AdjustCountsAsync(ProfilesDbContext db, Guid follower, Guid followee, int by, CancellationToken cancellationToken)
    {
        await db.Profiles.Where(p => p.Id == followee)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.FollowerCount, x => x.FollowerCount + by), cancellationToken);
        await db.Profiles.Where(p => p.Id == follower)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.FollowingCount, x => x.FollowingCount + by), cancellationToken);
    }

    private static async Task<Results<Ok<CursorPage<ProfileSummary>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        ProfilesDbContext db, Guid id, bool followers, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var (before, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (!await db.Profiles.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return NoSuchPerson();
        }

        var edges = followers
            ? db.Follows.Where(f => f.FolloweeId == id).Select(f => new { f.Sequence, Person = f.FollowerId })
            : db.Follows.Where(f => f.FollowerId == id).Select(f => new { f.Sequence, Person = f.FolloweeId });
        if (before is { } sequence)
        {
            edges = edges.Where(e => e.Sequence < sequence);
        }

        var rows = await edges.OrderByDescending(e => e.Sequence).Take(pageSize + 1).ToListAsync(cancellationToken);
        var page = rows.Take(pageSize).ToList();
        var people = page.Select(r => r.Person).ToList();
        var summaries = await db.Profiles.AsNoTracking().Where(p => people.Contains(p.Id))
            .Select(p => ProfileProjection.ToSummary(p)).ToDictionaryAsync(p => p.Id, cancellationToken);

        return TypedResults.Ok(new CursorPage<ProfileSummary>(
            page.Where(r => summaries.ContainsKey(r.Person)).Select(r => summaries[r.Person]).ToList(),
            rows.Count > pageSize ? SequenceCursor.Encode(page[^1].Sequence) : null));
    }
}
