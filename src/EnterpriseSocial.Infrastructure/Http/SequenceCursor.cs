using System.Globalization;

namespace EnterpriseSocial.Infrastructure.Http;

/// <summary>The cursor of a list ordered by a database sequence: the last row's sequence number.</summary>
public static class SequenceCursor
{
    public static string Encode(long sequence) => Cursor.Encode(sequence.ToString(CultureInfo.InvariantCulture));

    public static long? Read(string? decoded, ValidationErrors errors)
    {
        if (decoded is null)
        {
            return null;
        }

        if (long.TryParse(decoded, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return sequence;
        }

        errors.Add("cursor", "cursor is not a cursor this API returned.");
        return null;
    }
}
