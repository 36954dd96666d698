using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Recognition.Data;
using EnterpriseSocial.Recognition.Features.Badges;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Recognition.Features.Praise;

internal sealed record PersonView(Guid Id, string DisplayName, int AvatarVersion, string Department);

internal sealed record SpaceRef(Guid Id, string Name);

internal sealed record PraiseView(
    Guid Id, PersonView Giver, IReadOnlyList<PersonView> Receivers, BadgeView Badge, string Message, SpaceRef? Space, DateTimeOffset CreatedAt, bool HiddenByMe);

/// <summary>Praise as a reader may see it: company-wide praise, and praise in the spaces they may read.</summary>
internal sealed class PraiseViews(RecognitionDbContext db, IProfileDirectory directory, ISpaceAccess spaces)
{
    public async Task<IQueryable<Domain.Praise>> VisibleAsync(Guid viewer, CancellationToken cancellationToken)
    {
        var readable = (await spaces.ReadableSpacesAsync(viewer, cancellationToken)).ToList();
        return db.Praise.AsNoTracking().Where(p => p.SpaceId == null || readable.Contains(p.SpaceId.Value));
    }

    public async Task<List<PraiseView>> BuildAsync(Guid viewer, IReadOnlyList<Domain.Praise> praise, CancellationToken cancellationToken)
    {
        var badgeIds = praise.Select(p => p.BadgeId).Distinct().ToList();
        var badges = await db.Badges.AsNoTracking().Where(b => badgeIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        var people = (await directory.GetSummariesAsync(
            praise.SelectMany(p => p.Receivers.Select(r => r.PersonId).Append(p.GiverId)).Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var spaceNames = await spaces.NamesAsync(praise.Where(p => p.SpaceId is not null).Select(p => p.SpaceId!.Value).ToList(), cancellationToken);
        return praise.Where(p => badges.ContainsKey(p.BadgeId)).Select(p => new PraiseView(
            p.Id,
            Person(people, p.GiverId),
            p.Receivers.Select(r => Person(people, r.PersonId)).ToList(),
            BadgeView.From(badges[p.BadgeId]),
            p.Message,
            p.SpaceId is { } space && spaceNames.TryGetValue(space, out var name) ? new SpaceRef(space, name) : null,
            p.CreatedAt,
            p.Receivers.Any(r => r.PersonId == viewer && r.HiddenFromProfile))).ToList();
    }

    // Someone who left the directory still appears by id, so that praise given to them stays readable.
    private static PersonView Person(Dictionary<Guid, ProfileSummary> people, Guid id) =>
        people.TryGetValue(id, out var person) ? new(id, person.DisplayName, person.AvatarVersion, person.Department) : new(id, string.Empty, 0, string.Empty);
}
