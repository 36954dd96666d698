using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Access;
using EnterpriseSocial.Spaces.Contracts;
using EnterpriseSocial.Spaces.Data;
using EnterpriseSocial.Spaces.Domain;
using EnterpriseSocial.Spaces.Features.Joining;
using EnterpriseSocial.Spaces.Features.Spaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Spaces.Features.Members;

internal sealed record MemberView(Guid PersonId, string DisplayName, string JobTitle, int AvatarVersion, string Role, DateTimeOffset JoinedAt);

internal sealed record InviteRequest(IReadOnlyList<Guid>? PersonIds, string? Department);

internal sealed record RoleRequest(string? Role);

/// <summary>Who is in a space, and the managers' tools: inviting people or a department, roles, removing and banning.</summary>
internal static class MemberEndpoints
{
    private const int MaxInvited = 5000;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/{id:guid}/members", ListAsync).WithSummary("Members in the order they joined, searchable by name; for whoever may read the space.");
        group.MapPost("/{id:guid}/invitations", InviteAsync).WithSummary("Adds people, or everyone in a department, as members (owners and managers).");
        group.MapPut("/{id:guid}/members/{personId:guid}", SetRoleAsync).WithSummary("Changes a member's role.");
        group.MapDelete("/{id:guid}/members/{personId:guid}", RemoveAsync).WithSummary("Removes a member, banning them for banDays days when given.");
    }

    private static async Task<Results<Ok<CursorPage<MemberView>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        Guid id, HttpContext context, SpacesDbContext db, SpaceAccess access, IProfileDirectory directory, string? search, string? cursor, int? limit)
    {
        var me = context.User.PersonId()!.Value;
        var errors = new ValidationErrors();
        var (after, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await access.FindAsync(me, id, context.RequestAborted) is not { } found)
        {
            return SpaceEndpoints.NoSuchSpace();
        }

        if (found.Space.Visibility != SpaceVisibility.Public && found.Membership is null)
        {
            return ApiProblems.Forbidden(Bilingual.Text("Only members see who is in a private space.", "Seuls les membres voient qui fait partie d'un espace privé."));
        }

        var members = db.Memberships.AsNoTracking().Where(m => m.SpaceId == id);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var folded = TextFolding.Fold(search.Trim());
            members = members.Where(m => m.SearchName.Contains(folded));
        }

        if (after is { } sequence)
        {
            members = members.Where(m => m.Sequence > sequence);
        }

        var rows = await members.OrderBy(m => m.Sequence).Take(pageSize + 1).ToListAsync(context.RequestAborted);
        var page = rows.Take(pageSize).ToList();
        var people = (await directory.GetSummariesAsync(page.Select(m => m.PersonId).ToList(), context.RequestAborted)).ToDictionary(p => p.Id);
        var views = page.Where(m => people.ContainsKey(m.PersonId)).Select(m =>
        {
            var person = people[m.PersonId];
            return new MemberView(m.PersonId, person.DisplayName, person.JobTitle, person.AvatarVersion, SpaceRoles.Name(m.Role), m.JoinedAt);
        }).ToList();
        return TypedResults.Ok(new CursorPage<MemberView>(views, rows.Count > pageSize ? SequenceCursor.Encode(page[^1].Sequence) : null));
    }

    private static async Task<Results<Ok<InvitedView>, ValidationProblem, ProblemHttpResult>> InviteAsync(
        Guid id, InviteRequest request, HttpContext context, SpaceAccess access, Memberships memberships, IPeopleRoster roster)
    {
        var me = context.User.PersonId()!.Value;
        if (await SpaceEndpoints.ManagedAsync(me, id, access, context.RequestAborted) is { } problem)
        {
            return problem;
        }

        var people = request.PersonIds?.ToList() ?? [];
        if (!string.IsNullOrWhiteSpace(request.Department))
        {
            people.AddRange(await roster.InDepartmentAsync(request.Department.Trim(), MaxInvited, context.RequestAborted));
        }

        if (people.Count is 0 or > MaxInvited)
        {
            return TypedResults.ValidationProblem(new ValidationErrors()
                .Add("personIds", Bilingual.Text($"Name between 1 and {MaxInvited} people, or a department with people in it.",
                    $"Indiquez de 1 à {MaxInvited} personnes, ou un service qui compte au moins une personne.")).ToDictionary());
        }

        return TypedResults.Ok(new InvitedView(await memberships.AddAsync(id, people, SpaceRole.Member, me, context.RequestAborted)));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetRoleAsync(
        Guid id, Guid personId, RoleRequest request, HttpContext context, SpacesDbContext db, SpaceAccess access, Memberships memberships)
    {
        var me = context.User.PersonId()!.Value;
        if (SpaceRoles.Parse(request.Role) is not { } role)
        {
            return TypedResults.ValidationProblem(new ValidationErrors().Add("role", Bilingual.Text("One of owner, manager, moderator, member or guest.",
                "Valeurs possibles : owner, manager, moderator, member ou guest.")).ToDictionary());
        }

        if (await ChangeAllowedAsync(me, id, personId, role, access, memberships, context.RequestAborted) is { } problem)
        {
            return problem;
        }

        await db.Memberships.Where(m => m.SpaceId == id && m.PersonId == personId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Role, role), context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        Guid id, Guid personId, int? banDays, HttpContext context, SpacesDbContext db, SpaceAccess access, Memberships memberships, TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        if (await ChangeAllowedAsync(me, id, personId, SpaceRole.Guest, access, memberships, context.RequestAborted) is { } problem)
        {
            return problem;
        }

        DateTimeOffset? until = banDays is > 0 ? clock.GetUtcNow().AddDays(Math.Min(banDays.Value, 3650)) : null;
        if (until is { } bannedUntil)
        {
            await db.Bans.Where(b => b.SpaceId == id && b.PersonId == personId).ExecuteDeleteAsync(context.RequestAborted);
            db.Bans.Add(new Ban { SpaceId = id, PersonId = personId, Until = bannedUntil });
        }

        var membership = (await access.MembershipAsync(personId, id, context.RequestAborted))!;
        await memberships.RemoveAsync(membership, new MemberRemoved(id, personId, me, until), context.RequestAborted);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Managers change members, moderators and guests; only owners change owners and managers or
    /// make new ones; a space always keeps an owner.
    /// </summary>
    private static async Task<ProblemHttpResult?> ChangeAllowedAsync(
        Guid me, Guid spaceId, Guid personId, SpaceRole newRole, SpaceAccess access, Memberships memberships, CancellationToken cancellationToken)
    {
        if (await SpaceEndpoints.ManagedAsync(me, spaceId, access, cancellationToken) is { } problem)
        {
            return problem;
        }

        var mine = (await access.MembershipAsync(me, spaceId, cancellationToken))!.Role;
        if (await access.MembershipAsync(personId, spaceId, cancellationToken) is not { } theirs)
        {
            return ApiProblems.NotFound(Bilingual.Text("This person is not a member of the space.", "Cette personne n'est pas membre de l'espace."));
        }

        if (mine != SpaceRole.Owner && (SpaceRoles.Manages(theirs.Role) || SpaceRoles.Manages(newRole)))
        {
            return ApiProblems.Forbidden(Bilingual.Text("Only owners change owners and community managers.",
                "Seuls les propriétaires peuvent nommer ou modifier des propriétaires et des animateurs."));
        }

        return theirs.Role == SpaceRole.Owner && newRole != SpaceRole.Owner && !await memberships.HasAnotherOwnerAsync(spaceId, personId, cancellationToken)
            ? ApiProblems.Conflict(Bilingual.Text("A space keeps at least one owner: make someone else an owner first.",
                "Un espace garde toujours au moins un propriétaire : désignez d'abord un autre propriétaire."))
            : null;
    }
}

internal sealed record InvitedView(int Added);
