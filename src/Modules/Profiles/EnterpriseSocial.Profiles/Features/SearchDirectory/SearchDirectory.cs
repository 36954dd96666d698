using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Domain;
using EnterpriseSocial.SharedKernel;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles.Features.SearchDirectory;

internal sealed record SearchDirectoryQuery(string? Search, string? Department, string? Site, string? AfterKey, int Limit)
    : IQuery<CursorPage<DirectoryEntry>>;

/// <summary>
/// A person as the directory lists them, with the skills and "ask me about" topics the search's words were
/// found in, so that whoever looks for an expertise sees why each person is there.
/// </summary>
internal sealed record DirectoryEntry(
    Guid Id,
    string DisplayName,
    string JobTitle,
    string Department,
    string Site,
    Guid? ManagerId,
    bool IsFormerEmployee,
    int AvatarVersion,
    IReadOnlyList<string> MatchedExpertise)
{
    /// <summary>Enough to say why; the profile lists the rest.</summary>
    public const int MatchedExpertiseShown = 3;
}

internal sealed record DirectoryFacets(IReadOnlyList<string> Departments, IReadOnlyList<string> Sites);

internal static class SearchDirectoryEndpoint
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/", HandleAsync)
            .WithName("SearchDirectory")
            .WithSummary("Searches the people directory by name, title, department, site and skill, accent- and case-insensitively.");
        group.MapGet("/facets", FacetsAsync).WithSummary("The departments and sites people work in, to filter the directory by.");
    }

    private static async Task<Ok<DirectoryFacets>> FacetsAsync(ProfilesDbContext db, CancellationToken cancellationToken)
    {
        var current = db.Profiles.AsNoTracking().Where(p => !p.IsFormerEmployee);
        var departments = await current.Where(p => p.Department != string.Empty).Select(p => p.Department).Distinct().ToListAsync(cancellationToken);
        var sites = await current.Where(p => p.Site != string.Empty).Select(p => p.Site).Distinct().ToListAsync(cancellationToken);
        return TypedResults.Ok(new DirectoryFacets(
            departments.Order(StringComparer.CurrentCultureIgnoreCase).ToList(), sites.Order(StringComparer.CurrentCultureIgnoreCase).ToList()));
    }

    private static async Task<Results<Ok<CursorPage<DirectoryEntry>>, ValidationProblem>> HandleAsync(
        ISender sender,
        CancellationToken cancellationToken,
        string? search = null,
        string? department = null,
        string? site = null,
        string? cursor = null,
        int? limit = null)
    {
        var errors = new ValidationErrors()
            .AddIf(search?.Length > 200, "search", Bilingual.Text("search is at most 200 characters.", "search compte au plus 200 caractères."))
            .AddIf(department?.Length > Profile.FieldMaxLength, "department", Bilingual.Text("department is too long.", "department est trop long."))
            .AddIf(site?.Length > Profile.FieldMaxLength, "site", Bilingual.Text("site is too long.", "site est trop long."));
        var (afterKey, pageSize) = Paging.Read(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var page = await sender.Send(
            new SearchDirectoryQuery(search, department, site, afterKey, pageSize), cancellationToken);
        return TypedResults.Ok(page);
    }
}

internal sealed class SearchDirectoryHandler(ProfilesDbContext db) : IQueryHandler<SearchDirectoryQuery, CursorPage<DirectoryEntry>>
{
    public async ValueTask<CursorPage<DirectoryEntry>> Handle(SearchDirectoryQuery query, CancellationToken cancellationToken)
    {
        var profiles = db.Profiles.AsNoTracking();
        var terms = string.IsNullOrWhiteSpace(query.Search) ? [] : TextFolding.Fold(query.Search).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var term in terms)
        {
            profiles = profiles.Where(p => p.SearchText.Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            profiles = profiles.Where(p => p.Department == query.Department.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Site))
        {
            profiles = profiles.Where(p => p.Site == query.Site.Trim());
        }

        if (query.AfterKey is not null)
        {
            profiles = profiles.Where(p => p.DirectoryKey.CompareTo(query.AfterKey) > 0);
        }

        var rows = await profiles
            .OrderBy(p => p.DirectoryKey)
            .Take(query.Limit + 1)
            .Select(p => new { Summary = ProfileProjection.ToSummary(p), p.DirectoryKey, p.Skills, p.AskMeAbout })
            .ToListAsync(cancellationToken);

        var hasMore = rows.Count > query.Limit;
        var items = rows.Take(query.Limit).ToList();
        return new CursorPage<DirectoryEntry>(
            items.Select(r => ToEntry(r.Summary, [.. r.Skills, .. r.AskMeAbout], terms)).ToList(),
            hasMore ? Cursor.Encode(items[^1].DirectoryKey) : null);
    }

    private static DirectoryEntry ToEntry(ProfileSummary person, List<string> expertise, string[] terms)
    {
        var matched = terms.Length == 0
            ? []
            : expertise
                .Where(tag => terms.Any(TextFolding.Fold(tag).Contains))
                .Distinct(StringComparer.CurrentCultureIgnoreCase)
                .Take(DirectoryEntry.MatchedExpertiseShown)
                .ToList();
        return new DirectoryEntry(
            person.Id, person.DisplayName, person.JobTitle, person.Department, person.Site, person.ManagerId,
            person.IsFormerEmployee, person.AvatarVersion, matched);
    }
}
