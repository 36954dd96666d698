namespace EnterpriseSocial.Infrastructure.Http;

public static class Paging
{
    public const int DefaultLimit = 20;

    public const int MaxLimit = 100;

    /// <summary>Validates the <c>cursor</c> and <c>limit</c> query parameters shared by every list.</summary>
    public static (string? SortKey, int Limit) Read(string? cursor, int? limit, ValidationErrors errors)
    {
        errors.AddIf(limit is < 1 or > MaxLimit, "limit", $"limit must be between 1 and {MaxLimit}.");
        string? sortKey = null;
        if (cursor is not null)
        {
            if (Cursor.TryDecode(cursor, out var decoded))
            {
                sortKey = decoded;
            }
            else
            {
                errors.Add("cursor", "cursor is not a cursor this API returned.");
            }
        }

        return (sortKey, limit ?? DefaultLimit);
    }
}
