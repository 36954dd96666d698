using System.Buffers.Text;
using System.Text;

namespace EnterpriseSocial.Infrastructure.Http;

/// <summary>
/// Opaque keyset cursors: the sort key of the last item of a page, encoded so that clients
/// treat it as a token rather than something to build.
/// </summary>
public static class Cursor
{
    public static string Encode(string sortKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(sortKey));

    public static bool TryDecode(string? cursor, out string sortKey)
    {
        sortKey = string.Empty;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 1024)
        {
            return false;
        }

        try
        {
            sortKey = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return sortKey.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
