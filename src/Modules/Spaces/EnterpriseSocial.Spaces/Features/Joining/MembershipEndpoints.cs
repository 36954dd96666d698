using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Access;
using EnterpriseSocial.Spaces.Contracts;
using EnterpriseSocial.Spaces.Data;
using EnterpriseSocial.Spaces.Domain;
using EnterpriseSocial.Spaces.Features.Spaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Spaces.Features.Joining;

internal sealed record JoinRequestBody(bool AcceptGuidelines);

internal sealed record JoinRequestView(Guid PersonId, string DisplayName, string JobTitle, int AvatarVersion, DateTimeOffset RequestedAt);

/// <summary>Joining, asking to join, leaving, and the managers' answers to requests.</summary>
internal static class MembershipEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPut("/{id:guid}/membership", JoinAsync)
            .WithSummary("Joins a public space, or asks to join a private one (202); the space's guidelines must be accepted.");
        group.MapDelete("/{id:guid}/membership", LeaveAsync).WithSummary("Leaves a space, or withdraws a request to join it.");
        group.MapGet("/{id:guid}/join-requests", ListRequestsAsync).WithSummary("Pending requests to join (owners and managers).");
        group.MapPut("/{id:guid}/join-requests/{personId:guid}", (Guid id, Guid personId, HttpContext context, SpacesDbContext db, SpaceAccess access, Memberships memberships) =>
            DecideAsync(id, personId, approve: true, context, db, access, memberships)).WithSummary("Approves a request: the person becomes a member.");
        group.MapDelete("/{id:guid}/join-requests/{personId:guid}", (Guid id, Guid personId, HttpContext context, SpacesDbContext db, SpaceAccess access, Memberships memberships) =>
            DecideAsync(id, personId, approve: false, context, db, access, memberships)).WithSummary("Declines a request; the requester is told.");
    }

    private static async Task<Results<Ok<SpaceView>, Accepted<SpaceView>, ProblemHttpResult>> JoinAsync(
        Guid id, JoinRequestBody? body, HttpContext context, SpacesDbContext db, SpaceAccess access, Memberships memberships, TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        if (await access.FindAsync(me, id, context.RequestAborted) is not { } found)
        {
            return SpaceEndpoints.NoSuchSpace();
        }

        var (space, membership) = found;
        if (membership is null)
        {
            if (await access.IsBannedAsync(me, id, context.RequestAborted))
            {
                return ApiProblems.Forbidden(Bilingual.Text("You were removed from this space and may not join it again yet.",
                    "Vous avez été retiré·e de cet espace et ne pouvez pas encore le rejoindre à nouveau."));
            }

            if (space.ArchivedAt is not null)
            {
                return ApiProblems.Conflict(Bilingual.Text("This space is archived: nobody joins it any more.", "Cet espace est archivé : plus personne ne peut le rejoindre."));
            }

            if (space.Guidelines.Length > 0 && body?.AcceptGuidelines != true)
            {
                return ApiProblems.Unprocessable(Bilingual.Text("Accept the space's guidelines to join it.", "Acceptez la charte de l'espace pour le rejoindre."));
            }

            if (space.Visibility == SpaceVisibility.Private)
            {
                if (!await db.JoinRequests.AnyAsync(r => r.SpaceId == id && r.PersonId == me, context.RequestAborted))
                {
                    db.JoinRequests.Add(new JoinRequest { SpaceId = id, PersonId = me, RequestedAt = clock.GetUtcNow() });
                    db.Publish(new JoinRequested(id, me));
                    try
                    {
                        await db.SaveChangesAsync(context.RequestAborted);
                    }
                    catch (DbUpdateException)
                    {
                        // Raced with the same request: the request is there, as asked.
                        db.ChangeTracker.Clear();
                    }
                }

                return TypedResults.Accepted($"/api/v1/spaces/{id}", await ViewAsync(db, me, id, context.RequestAborted));
            }

            await memberships.AddAsync(id, [me], SpaceRole.Member, invitedBy: null, context.RequestAborted);
        }

        return TypedResults.Ok(await ViewAsync(db, me, id, context.RequestAborted));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> LeaveAsync(
        Guid id, HttpContext context, SpacesDbContext db, SpaceAccess access, Memberships memberships)
    {
        var me = context.User.PersonId()!.Value;
        if (await access.FindAsync(me, id, context.RequestAborted) is not { } found)
        {
            return SpaceEndpoints.NoSuchSpace();
        }

        await db.JoinRequests.Where(r => r.SpaceId == id && r.PersonId == me).ExecuteDeleteAsync(context.RequestAborted);
        if (found.Membership is { } membership)
        {
            if (membership.Role == SpaceRole.Owner && !await memberships.HasAnotherOwnerAsync(id, me, context.RequestAborted))
            {
                return ApiProblems.Conflict(Bilingual.Text("You are this space's only owner: make someone else an owner before leaving.",
                    "Vous êtes l'unique propriétaire de cet espace : désignez un autre propriétaire avant de le quitter."));
            }

            await memberships.RemoveAsync(membership, new MemberLeft(id, me), context.RequestAborted);
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<JoinRequestView>>, ProblemHttpResult>> ListRequestsAsync(
        Guid id, HttpContext context, SpacesDbContext db, SpaceAccess access, IProfileDirectory directory)
    {
        var me = context.User.PersonId()!.Value;
        if (await SpaceEndpoints.ManagedAsync(me, id, access, context.RequestAborted) is { } problem)
        {
            return problem;
        }

        var requests = await db.JoinRequests.AsNoTracking().Where(r => r.SpaceId == id).Take(500).ToListAsync(context.RequestAborted);
        var people = (await directory.GetSummariesAsync(requests.Select(r => r.PersonId).ToList(), context.RequestAborted)).ToDictionary(p => p.Id);
        return TypedResults.Ok(requests.OrderBy(r => r.RequestedAt)
            .Where(r => people.ContainsKey(r.PersonId))
            .Select(r => new JoinRequestView(r.PersonId, people[r.PersonId].DisplayName, people[r.PersonId].JobTitle, people[r.PersonId].AvatarVersion, r.RequestedAt))
            .ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DecideAsync(
        Guid id, Guid personId, bool approve, HttpContext context, SpacesDbContext db, SpaceAccess access, Memberships memberships)
    {
        var me = context.User.PersonId()!.Value;
        if (await SpaceEndpoints.ManagedAsync(me, id, access, context.RequestAborted) is { } problem)
        {
            return problem;
        }

        var request = await db.JoinRequests.SingleOrDefaultAsync(r => r.SpaceId == id && r.PersonId == personId, context.RequestAborted);
        if (request is null)
        {
            return ApiProblems.NotFound(Bilingual.Text("No such request to join.", "Cette demande d'adhésion n'existe pas."));
        }

        db.Publish(new JoinRequestDecided(id, personId, approve, me));
        if (approve)
        {
            await memberships.AddAsync(id, [personId], SpaceRole.Member, invitedBy: null, context.RequestAborted);
        }
        else
        {
            db.JoinRequests.Remove(request);
            await db.SaveChangesAsync(context.RequestAborted);
        }

        return TypedResults.NoContent();
    }

    private static async Task<SpaceView> ViewAsync(SpacesDbContext db, Guid me, Guid id, CancellationToken cancellationToken) =>
        (await SpaceViews.BuildAsync(db, me, [await db.Spaces.AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken)], cancellationToken))[0];
}
