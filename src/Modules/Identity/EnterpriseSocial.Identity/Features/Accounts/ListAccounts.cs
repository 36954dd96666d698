using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Identity.Data;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Identity.Features.Accounts;

internal sealed record AccountRow(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsActive, DateTimeOffset CreatedAt);

internal static class ListAccounts
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/accounts", ListAsync).RequireAuthorization(Capabilities.AdministerAccounts)
            .WithSummary("Accounts by e-mail address, searchable by name or address.");

    private static async Task<Results<Ok<CursorPage<AccountRow>>, ValidationProblem>> ListAsync(
        IdentityDbContext db, CancellationToken cancellationToken, string? search = null, string? cursor = null, int? limit = null)
    {
        var errors = new ValidationErrors().AddIf(search?.Length > 200, "search", Bilingual.Text("search is at most 200 characters.", "search compte au plus 200 caractères."));
        var (afterEmail, pageSize) = Paging.Read(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var accounts = db.Accounts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            // Translated to SQL UPPER and LIKE: the culture-related analyzers do not apply in a query.
#pragma warning disable CA1304, CA1311, CA1862
            accounts = accounts.Where(a => a.NormalizedEmail!.Contains(term) || a.DisplayName.ToUpper().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (afterEmail is not null)
        {
            accounts = accounts.Where(a => a.NormalizedEmail!.CompareTo(afterEmail) > 0);
        }

        var rows = await accounts.OrderBy(a => a.NormalizedEmail).Take(pageSize + 1).ToListAsync(cancellationToken);
        var page = rows.Take(pageSize).ToList();
        var ids = page.Select(a => a.Id).ToList();
        var roles = await db.AccountRoles.Where(r => ids.Contains(r.UserId))
            .Join(db.Roles, accountRole => accountRole.RoleId, role => role.Id, (accountRole, role) => new { accountRole.UserId, role.Name })
            .ToListAsync(cancellationToken);

        var items = page.Select(a => new AccountRow(
            a.Id, a.Email!, a.DisplayName,
            roles.Where(r => r.UserId == a.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            a.IsActive, a.CreatedAt)).ToList();
        return TypedResults.Ok(new CursorPage<AccountRow>(items, rows.Count > pageSize ? Cursor.Encode(page[^1].NormalizedEmail!) : null));
    }
}
