using System.Text;

namespace EnterpriseSocial.Activity.Features.Attachments;

/// <summary>How attachments are checked (section <c>Activity:Attachments</c>).</summary>
internal sealed class AttachmentSettings
{
    public const string Section = "Activity:Attachments";

    public long MaxBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>Images larger than this on their longer side are scaled down when re-encoded.</summary>
    public int MaxImageSide { get; set; } = 2048;

    /// <summary>How long an upload that no post took is kept: a composer left open, a post not yet sent.</summary>
    public TimeSpan UnattachedKeptFor { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>
/// Which files are accepted besides images, recognised by their content and, where content alone
/// cannot tell (Office documents are ZIP archives), by content and name together. Executables,
/// HTML and SVG are refused whatever they are called.
/// </summary>
internal static class AttachmentFiles
{
    private static readonly Dictionary<string, string> ZipDocuments = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".odp"] = "application/vnd.oasis.opendocument.presentation",
        [".zip"] = "application/zip",
    };

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".csv", ".md" };

    /// <summary>The content type to serve the file as, or null when it is not accepted.</summary>
    public static string? ContentTypeOf(byte[] content, string fileName)
    {
        var extension = Path.GetExtension(fileName);
        if (content.AsSpan().StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) && ZipDocuments.TryGetValue(extension, out var zip))
        {
            return zip;
        }

        return TextExtensions.Contains(extension) && IsPlainText(content) ? "text/plain; charset=utf-8" : null;
    }

    private static bool IsPlainText(byte[] content)
    {
        if (Array.IndexOf(content, (byte)0) >= 0)
        {
            return false;
        }

        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart();
            // Markup is refused even in a .txt: a browser that ignores nosniff could still render it.
            return !text.StartsWith('<');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
