using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Recognition.Contracts;
using EnterpriseSocial.Recognition.Data;
using EnterpriseSocial.Recognition.Domain;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace EnterpriseSocial.Recognition.Features.Praise;

internal sealed record PraiseRequest(IReadOnlyList<Guid>? ReceiverIds, Guid? BadgeId, string? Message, Guid? SpaceId, bool CopyManagers = false);

internal sealed record AllowanceView(int Allowance, int Used, int Remaining, DateTimeOffset ResetsAt);

/// <summary>
/// Praising colleagues: never oneself, with an active praise badge, within a monthly allowance that
/// keeps praise meaningful; in a space, only members praise and only its readers are praised.
/// </summary>
internal static class GivePraiseEndpoint
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/praise", GiveAsync).WithSummary("Praises one or more colleagues with a badge and a message.");
        group.MapGet("/allowance", AllowanceAsync).WithSummary("How much praise you may still give this month.");
    }

    private static async Task<Ok<AllowanceView>> AllowanceAsync(HttpContext context, RecognitionDbContext db, IConfiguration configuration, TimeProvider clock) =>
        TypedResults.Ok(await AllowanceOfAsync(context.User.PersonId()!.Value, db, configuration, clock.GetUtcNow(), context.RequestAborted));

    private static async Task<Results<Created<PraiseView>, ValidationProblem, ProblemHttpResult>> GiveAsync(
        PraiseRequest request, HttpContext context, RecognitionDbContext db, PraiseViews views, IProfileDirectory directory, ISpaceAccess spaces,
        IConfiguration configuration, TimeProvider clock)
    {
        var receiverIds = request.ReceiverIds?.Distinct().ToList() ?? [];
        var message = request.Message?.Trim() ?? string.Empty;
        var errors = new ValidationErrors()
            .AddIf(receiverIds.Count is 0 or > Domain.Praise.MaxReceivers, "receiverIds", Bilingual.Text($"Praise between 1 and {Domain.Praise.MaxReceivers} colleagues.",
                $"Félicitez entre 1 et {Domain.Praise.MaxReceivers} collègues."))
            .AddIf(request.BadgeId is null, "badgeId", Bilingual.Text("Choose a badge.", "Choisissez un badge."))
            .AddIf(message.Length is 0 or > Domain.Praise.MessageMaxLength, "message", Bilingual.Text($"Say why, in at most {Domain.Praise.MessageMaxLength} characters.",
                $"Dites pourquoi, en {Domain.Praise.MessageMaxLength} caractères au plus."));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var me = context.User.PersonId()!.Value;
        var now = clock.GetUtcNow();
        if (receiverIds.Contains(me))
        {
            return ApiProblems.Unprocessable(Bilingual.Text("Praise is for colleagues: you cannot praise yourself.",
                "Les félicitations s'adressent à des collègues : vous ne pouvez pas vous féliciter vous-même."));
        }

        var badge = await db.Badges.AsNoTracking().SingleOrDefaultAsync(b => b.Id == request.BadgeId, context.RequestAborted);
        if (badge is not { Kind: BadgeKind.Praise, RetiredAt: null })
        {
            return ApiProblems.Unprocessable(badge is null
                ? Bilingual.Text("There is no such badge.", "Ce badge n'existe pas.")
                : Bilingual.Text("This badge can no longer be given.", "Ce badge ne peut plus être donné."));
        }

        var people = (await directory.GetSummariesAsync([.. receiverIds, me], context.RequestAborted)).ToDictionary(p => p.Id);
        if (receiverIds.Any(r => !people.TryGetValue(r, out var person) || person.IsFormerEmployee))
        {
            return ApiProblems.Unprocessable(Bilingual.Text("Praise only people who work for the company.", "Félicitez uniquement des personnes qui travaillent pour l'entreprise."));
        }

        if (request.SpaceId is { } spaceId && await SpaceProblemAsync(me, spaceId, receiverIds, spaces, context.RequestAborted) is { } spaceProblem)
        {
            return spaceProblem;
        }

        if ((await AllowanceOfAsync(me, db, configuration, now, context.RequestAborted)).Remaining <= 0)
        {
            return ApiProblems.Unprocessable(Bilingual.Text("You have given all your praise for this month; it comes back on the first of next month.",
                "Vous n'avez plus de félicitations à donner ce mois-ci ; de nouvelles arrivent le 1er du mois prochain."));
        }

        var praise = new Domain.Praise
        {
            Id = Guid.CreateVersion7(now), GiverId = me, BadgeId = badge.Id, Message = message, SpaceId = request.SpaceId, Value = badge.Value,
            CreatedAt = now, GivenMonth = Month(now),
            Receivers = receiverIds.Select(r => new PraiseReceiver { PersonId = r, Department = people[r].Department }).ToList(),
        };
        var managers = request.CopyManagers
            ? receiverIds.Select(r => people[r].ManagerId).OfType<Guid>().Where(m => m != me && !receiverIds.Contains(m)).Distinct().ToList()
            : [];
        db.Praise.Add(praise);
        db.Publish(new PraiseGiven(praise.Id, me, people.TryGetValue(me, out var giver) ? giver.Department : string.Empty, receiverIds,
            receiverIds.Select(r => people[r].Department).ToList(), badge.Id, badge.Value, message, request.SpaceId, managers));
        await db.SaveChangesAsync(context.RequestAborted);
        var view = (await views.BuildAsync(me, [praise], context.RequestAborted))[0];
        return TypedResults.Created($"/api/v1/recognition/praise/{praise.Id}", view);
    }

    /// <summary>In a space, the giver writes there and every receiver reads it; a space the giver cannot see does not exist.</summary>
    private static async Task<ProblemHttpResult?> SpaceProblemAsync(
        Guid me, Guid spaceId, List<Guid> receivers, ISpaceAccess spaces, CancellationToken cancellationToken)
    {
        if ((await spaces.ReadableAsync(me, [spaceId], cancellationToken)).Count == 0)
        {
            return ApiProblems.NotFound(Bilingual.Text("No such space.", "Cet espace n'existe pas."));
        }

        if (!await spaces.CanContributeAsync(me, spaceId, cancellationToken))
        {
            return ApiProblems.Forbidden(Bilingual.Text("Only the space's members praise in it, and not once it is archived.",
                "Seuls les membres de l'espace peuvent y donner des félicitations, et plus du tout une fois qu'il est archivé."));
        }

        return (await spaces.ReadersAsync(spaceId, receivers, cancellationToken)).Count != receivers.Count
            ? ApiProblems.Unprocessable(Bilingual.Text("Praise in a space is for people who can read it.",
                "Les félicitations données dans un espace s'adressent à des personnes qui peuvent le lire."))
            : null;
    }

    private static async Task<AllowanceView> AllowanceOfAsync(Guid me, RecognitionDbContext db, IConfiguration configuration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var allowance = configuration.GetValue("Recognition:MonthlyPraiseAllowance", 5);
        var month = Month(now);
        var used = await db.Praise.CountAsync(p => p.GiverId == me && p.GivenMonth == month, cancellationToken);
        var nextMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
        return new AllowanceView(allowance, used, Math.Max(0, allowance - used), nextMonth);
    }

    private static int Month(DateTimeOffset at) => (at.UtcDateTime.Year * 100) + at.UtcDateTime.Month;
}
