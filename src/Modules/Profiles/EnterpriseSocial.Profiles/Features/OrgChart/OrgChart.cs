using EnterpriseSocial.Identity.Contracts;
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

namespace EnterpriseSocial.Profiles.Features.OrgChart;

internal sealed record OrgChartView(IReadOnlyList<ProfileSummary> Chain, ProfileSummary Person, IReadOnlyList<ProfileSummary> Reports);

internal sealed record ManagerRequest(Guid? ManagerId);

/// <summary>The manager chain up to the top and the direct reports; managers never form a loop.</summary>
internal static class OrgChartEndpoints
{
    /// <summary>Deeper than any real organisation: a chain this long means bad data, not a big company.</summary>
    private const int MaxDepth = 50;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/{id:guid}/org-chart", ChartAsync).WithSummary("The manager chain from the top, the person, and their direct reports.");
        group.MapPut("/{id:guid}/manager", SetManagerAsync).RequireAuthorization(Capabilities.AdministerAccounts)
            .WithSummary("Sets whom a person reports to; a change that would make a loop is refused.");
    }

    private static async Task<Results<Ok<OrgChartView>, ProblemHttpResult>> ChartAsync(Guid id, ProfilesDbContext db, CancellationToken cancellationToken)
    {
        var person = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return ApiProblems.NotFound(Bilingual.Text("No such profile.", "Ce profil n'existe pas."));
        }

        var chain = new List<ProfileSummary>();
        var next = person.ManagerId;
        while (next is { } managerId && chain.Count < MaxDepth && chain.All(c => c.Id != managerId))
        {
            var manager = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == managerId, cancellationToken);
            if (manager is null)
            {
                break;
            }

            chain.Insert(0, ProfileProjection.ToSummary(manager));
            next = manager.ManagerId;
        }

        var reports = await db.Profiles.AsNoTracking().Where(p => p.ManagerId == id).OrderBy(p => p.DirectoryKey)
            .Select(p => ProfileProjection.ToSummary(p)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new OrgChartView(chain, ProfileProjection.ToSummary(person), reports));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetManagerAsync(
        Guid id, ManagerRequest request, ProfilesDbContext db, ProfileSummaryCache summaries, CancellationToken cancellationToken)
    {
        var person = await db.Profiles.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return ApiProblems.NotFound(Bilingual.Text("No such profile.", "Ce profil n'existe pas."));
        }

        if (request.ManagerId is { } managerId && await WouldLoopAsync(db, id, managerId, cancellationToken) is { } reason)
        {
            return ApiProblems.Unprocessable(reason);
        }

        person.ReportTo(request.ManagerId);
        db.Publish(new ManagerChanged(id, request.ManagerId));
        await db.SaveChangesAsync(cancellationToken);
        summaries.Evict(id);
        return TypedResults.NoContent();
    }

    /// <summary>Why making <paramref name="managerId"/> the manager of <paramref name="id"/> is impossible, or null.</summary>
    private static async Task<string?> WouldLoopAsync(ProfilesDbContext db, Guid id, Guid managerId, CancellationToken cancellationToken)
    {
        Guid? current = managerId;
        for (var depth = 0; current is { } step; depth++)
        {
            if (step == id)
            {
                return Bilingual.Text(
                    "This change would make a loop: the person would manage their own manager.",
                    "Ce changement créerait une boucle : la personne deviendrait responsable de son propre responsable.");
            }

            if (depth >= MaxDepth)
            {
                return Bilingual.Text("The manager chain is too long.", "La chaîne hiérarchique est trop longue.");
            }

            var manager = await db.Profiles.AsNoTracking().Where(p => p.Id == step).Select(p => new { p.ManagerId }).SingleOrDefaultAsync(cancellationToken);
            if (manager is null)
            {
                return depth == 0 ? Bilingual.Text("No such manager.", "Ce responsable n'existe pas.") : null;
            }

            current = manager.ManagerId;
        }

        return null;
    }
}
