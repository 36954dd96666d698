using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Infrastructure.Http;

public static class Paging
{
    public const int DefaultLimit = 20;

    public const int MaxLimit = 100;

    /// <summary>Validates the <c>cursor</c> and <c>limit</c> query parameters shared by every list.</summary>
    public static (string? SortKey, int Limit) Read(string? cursor, int? limit, ValidationErrors errors)
    {
        errors.AddIf(limit is < 1 or > MaxLimit, "limit", Bilingual.Text($"limit must be between 1 and {MaxLimit}.", $"limit doit être compris entre 1 et {MaxLimit}."));
        string? sortKey = null;
        if (cursor is not null)
        {
            if (Cursor.TryDecode(cursor, out var decoded))
            {
                sortKey = decoded;
            }
            else
            {
                errors.Add("cursor", Bilingual.Text("cursor is not a cursor this API returned.", "cursor n'est pas un curseur renvoyé par cette API."));
            }
        }

        return (sortKey, limit ?? DefaultLimit);
    }
}
