using System.Globalization;
using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Infrastructure.Http;

/// <summary>The cursor of a list ordered by a database sequence: the last row's sequence number.</summary>
public static class SequenceCursor
{
    public static string Encode(long sequence) => Cursor.Encode(sequence.ToString(CultureInfo.InvariantCulture));

    /// <summary>Validates a list's <c>cursor</c> and <c>limit</c> when its cursor is a sequence number.</summary>
    public static (long? Sequence, int Limit) ReadPage(string? cursor, int? limit, ValidationErrors errors)
    {
        var (decoded, pageSize) = Paging.Read(cursor, limit, errors);
        if (decoded is null)
        {
            return (null, pageSize);
        }

        if (long.TryParse(decoded, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return (sequence, pageSize);
        }

        errors.Add("cursor", Bilingual.Text("cursor is not a cursor this API returned.", "cursor n'est pas un curseur renvoyé par cette API."));
        return (null, pageSize);
    }
}
