using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using EnterpriseSocial.Spaces.Data;
using EnterpriseSocial.Spaces.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Spaces.Features.Joining;

/// <summary>Adding and removing members, keeping the space's member count and raising the events.</summary>
internal sealed class Memberships(SpacesDbContext db, IProfileDirectory directory, IAccountStatus accounts, TimeProvider clock)
{
    /// <summary>Adds the people not already members, external guests as guests of the space; answers how many were added.</summary>
    public async Task<int> AddAsync(Guid spaceId, IReadOnlyCollection<Guid> people, SpaceRole role, Guid? invitedBy, CancellationToken cancellationToken)
    {
        var ids = people.Distinct().ToList();
        var already = (await db.Memberships.Where(m => m.SpaceId == spaceId && ids.Contains(m.PersonId))
            .Select(m => m.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        var known = await directory.GetSummariesAsync(ids.Where(id => !already.Contains(id)).ToList(), cancellationToken);
        var guests = await accounts.GuestsAmongAsync(known.Select(p => p.Id).ToList(), cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var person in known.Where(p => !p.IsFormerEmployee))
        {
            var given = guests.Contains(person.Id) ? SpaceRole.Guest : role;
            db.Memberships.Add(Membership.Joining(spaceId, person.Id, person.DisplayName, given, now));
            db.Publish(new MemberJoined(spaceId, person.Id, SpaceRoles.Name(given), invitedBy));
        }

        var added = db.ChangeTracker.Entries<Membership>().Count(e => e.State == EntityState.Added);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.JoinRequests.Where(r => r.SpaceId == spaceId && ids.Contains(r.PersonId)).ExecuteDeleteAsync(cancellationToken);
            await AdjustCountAsync(spaceId, added, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return added;
        }
        catch (DbUpdateException)
        {
            // Raced with another request adding the same person: they are a member, as asked.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    public async Task RemoveAsync(Membership membership, IntegrationEvent reason, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Memberships.Remove(membership);
        db.Publish(reason);
        await AdjustCountAsync(membership.SpaceId, -1, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Whether someone other than this person owns the space, so that it never ends up without an owner.</summary>
    public Task<bool> HasAnotherOwnerAsync(Guid spaceId, Guid personId, CancellationToken cancellationToken) =>
        db.Memberships.AnyAsync(m => m.SpaceId == spaceId && m.PersonId != personId && m.Role == SpaceRole.Owner, cancellationToken);

    // Moved in the database, so that concurrent joins never lose one; part of the caller's transaction.
    private Task AdjustCountAsync(Guid spaceId, int delta, CancellationToken cancellationToken) =>
        delta == 0
            ? Task.CompletedTask
            : db.Spaces.Where(s => s.Id == spaceId).ExecuteUpdateAsync(s => s.SetProperty(x => x.MemberCount, x => x.MemberCount + delta), cancellationToken);
}
