using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Access;
using EnterpriseSocial.Spaces.Contracts;
using EnterpriseSocial.Spaces.Data;
using EnterpriseSocial.Spaces.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Spaces.Features.Spaces;

internal sealed record SpaceRequest(string? Name, string? Description, string? Guidelines, string? Visibility, string? Welcome = null);

/// <summary>The spaces directory, creating a space, and its settings.</summary>
internal static class SpaceEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/", ListAsync).WithSummary("Spaces the caller may know of, newest first; secret spaces only to their members.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Capabilities.UseCompanyDirectory).WithSummary("Creates a space; its creator is its owner.");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("A space; a secret space answers 404 to anyone outside it.");
        group.MapPatch("/{id:guid}", UpdateAsync).WithSummary("Changes a space's name, description, guidelines or visibility (owners and managers).");
        group.MapPut("/{id:guid}/archived", (Guid id, HttpContext context, SpacesDbContext db, SpaceAccess access, TimeProvider clock) =>
            ArchiveAsync(id, archive: true, context, db, access, clock)).WithSummary("Archives a space: it stays readable, nobody writes in it.");
        group.MapDelete("/{id:guid}/archived", (Guid id, HttpContext context, SpacesDbContext db, SpaceAccess access, TimeProvider clock) =>
            ArchiveAsync(id, archive: false, context, db, access, clock)).WithSummary("Brings an archived space back.");
    }

    public static ProblemHttpResult NoSuchSpace() => ApiProblems.NotFound(Bilingual.Text("No such space.", "Cet espace n'existe pas."));

    private static async Task<Results<Ok<CursorPage<SpaceView>>, ValidationProblem>> ListAsync(
        HttpContext context, SpacesDbContext db, SpaceAccess access, string? search, bool? mine, string? cursor, int? limit)
    {
        var me = context.User.PersonId()!.Value;
        var errors = new ValidationErrors();
        var (before, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var spaces = mine == true
            ? db.Spaces.Where(s => db.Memberships.Any(m => m.SpaceId == s.Id && m.PersonId == me))
            : await access.KnownAsync(me, context.RequestAborted);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var folded = TextFolding.Fold(search.Trim());
            spaces = spaces.Where(s => s.SearchName.Contains(folded));
        }

        if (before is { } sequence)
        {
            spaces = spaces.Where(s => s.Sequence < sequence);
        }

        var rows = await spaces.AsNoTracking().OrderByDescending(s => s.Sequence).Take(pageSize + 1).ToListAsync(context.RequestAborted);
        var page = rows.Take(pageSize).ToList();
        return TypedResults.Ok(new CursorPage<SpaceView>(
            await SpaceViews.BuildAsync(db, me, page, context.RequestAborted),
            rows.Count > pageSize ? SequenceCursor.Encode(page[^1].Sequence) : null));
    }

    private static async Task<Results<Created<SpaceView>, ValidationProblem>> CreateAsync(
        SpaceRequest request, HttpContext context, SpacesDbContext db, IProfileDirectory directory, TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        var errors = Validate(request, creating: true);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = clock.GetUtcNow();
        var space = new Space { Id = Guid.CreateVersion7(), CreatedAt = now, CreatedBy = me, MemberCount = 1 };
        Apply(space, request);
        db.Spaces.Add(space);
        var owner = (await directory.GetSummariesAsync([me], context.RequestAborted)).SingleOrDefault();
        db.Memberships.Add(Membership.Joining(space.Id, me, owner?.DisplayName ?? string.Empty, SpaceRole.Owner, now));
        db.Publish(new SpaceCreated(space.Id, space.Name, space.Visibility, me));
        db.Publish(new MemberJoined(space.Id, me, SpaceRoles.Name(SpaceRole.Owner), null));
        await db.SaveChangesAsync(context.RequestAborted);
        var view = (await SpaceViews.BuildAsync(db, me, [space], context.RequestAborted))[0];
        return TypedResults.Created($"/api/v1/spaces/{space.Id}", view);
    }

    private static async Task<Results<Ok<SpaceView>, ProblemHttpResult>> GetAsync(Guid id, HttpContext context, SpacesDbContext db, SpaceAccess access)
    {
        var me = context.User.PersonId()!.Value;
        return await access.FindAsync(me, id, context.RequestAborted) is { } found
            ? TypedResults.Ok((await SpaceViews.BuildAsync(db, me, [found.Space], context.RequestAborted))[0])
            : NoSuchSpace();
    }

    private static async Task<Results<Ok<SpaceView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, SpaceRequest request, HttpContext context, SpacesDbContext db, SpaceAccess access)
    {
        var me = context.User.PersonId()!.Value;
        if (await ManagedAsync(me, id, access, context.RequestAborted) is { } problem)
        {
            return problem;
        }

        var errors = Validate(request, creating: false);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var space = await db.Spaces.SingleAsync(s => s.Id == id, context.RequestAborted);
        var visibility = space.Visibility;
        Apply(space, request);
        if (space.Visibility != visibility)
        {
            db.Publish(new SpaceVisibilityChanged(space.Id, space.Visibility, me));
        }

        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Ok((await SpaceViews.BuildAsync(db, me, [space], context.RequestAborted))[0]);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ArchiveAsync(
        Guid id, bool archive, HttpContext context, SpacesDbContext db, SpaceAccess access, TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        if (await ManagedAsync(me, id, access, context.RequestAborted) is { } problem)
        {
            return problem;
        }

        var space = await db.Spaces.SingleAsync(s => s.Id == id, context.RequestAborted);
        space.ArchivedAt = archive ? space.ArchivedAt ?? clock.GetUtcNow() : null;
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.NoContent();
    }

    /// <summary>Null when the caller manages the space; otherwise the problem to answer.</summary>
    public static async Task<ProblemHttpResult?> ManagedAsync(Guid me, Guid spaceId, SpaceAccess access, CancellationToken cancellationToken) =>
        await access.FindAsync(me, spaceId, cancellationToken) switch
        {
            null => NoSuchSpace(),
            { Membership: { } membership } when SpaceRoles.Manages(membership.Role) => null,
            _ => ApiProblems.Forbidden(Bilingual.Text("Only the space's owners and community managers may do this.",
                "Seuls les propriétaires et les animateurs de l'espace peuvent faire cela.")),
        };

    private static ValidationErrors Validate(SpaceRequest request, bool creating)
    {
        var name = request.Name?.Trim();
        return new ValidationErrors()
            .AddIf((creating || name is not null) && name?.Length is null or < 3 or > Space.NameMaxLength,
                "name", Bilingual.Text($"A name has 3 to {Space.NameMaxLength} characters.", $"Un nom compte de 3 à {Space.NameMaxLength} caractères."))
            .AddIf(request.Description?.Length > Space.DescriptionMaxLength, "description", Bilingual.Text($"At most {Space.DescriptionMaxLength} characters.",
                $"Au plus {Space.DescriptionMaxLength} caractères."))
            .AddIf(request.Guidelines?.Length > Space.GuidelinesMaxLength, "guidelines", Bilingual.Text($"At most {Space.GuidelinesMaxLength} characters.",
                $"Au plus {Space.GuidelinesMaxLength} caractères."))
            .AddIf(request.Welcome?.Length > Space.WelcomeMaxLength, "welcome", Bilingual.Text($"At most {Space.WelcomeMaxLength} characters.",
                $"Au plus {Space.WelcomeMaxLength} caractères."))
            .AddIf((creating || request.Visibility is not null) && SpaceViews.ParseVisibility(request.Visibility) is null,
                "visibility", Bilingual.Text("One of public, private or secret.", "Valeurs possibles : public, private ou secret."));
    }

    private static void Apply(Space space, SpaceRequest request)
    {
        if (request.Name is { } name)
        {
            space.Name = name.Trim();
            space.SearchName = TextFolding.Fold(space.Name);
        }

        space.Description = request.Description?.Trim() ?? space.Description;
        space.Guidelines = request.Guidelines?.Trim() ?? space.Guidelines;
        space.Welcome = request.Welcome?.Trim() ?? space.Welcome;
        space.Visibility = SpaceViews.ParseVisibility(request.Visibility) ?? space.Visibility;
    }
}
