using System.Globalization;
using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Host.Setup;

/// <summary>
/// Answers each request in French or English (ADR 0028): the first of the two that its
/// <c>Accept-Language</c> lists, English when it lists neither. Only the UI culture is set, so numbers
/// and dates that the server formats or parses stay culture-invariant. Hub connections leave the
/// pipeline before it: an idle connection keeps every frame it passed, and the hub sends hints, not sentences.
/// </summary>
internal static class RequestLanguage
{
    public static IApplicationBuilder UseRequestLanguage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        Bilingual.Use(Of(context.Request));
        await next(context);
    });

    /// <summary>"fr" or "en".</summary>
    public static string Of(HttpRequest request)
    {
        var header = request.Headers.AcceptLanguage.ToString().AsSpan();
        foreach (var range in header.Split(','))
        {
            var entry = header[range];
            var parameters = entry.IndexOf(';');
            var tag = (parameters < 0 ? entry : entry[..parameters]).Trim();
            if (parameters >= 0 && IsRefused(entry[(parameters + 1)..]))
            {
                continue;
            }

            if (IsLanguage(tag, "fr"))
            {
                return "fr";
            }

            if (IsLanguage(tag, "en"))
            {
                return "en";
            }
        }

        return "en";
    }

    private static bool IsLanguage(ReadOnlySpan<char> tag, string language) =>
        tag.StartsWith(language, StringComparison.OrdinalIgnoreCase) && (tag.Length == language.Length || tag[language.Length] == '-');

    /// <summary>A quality of zero ("q=0") means "not this one".</summary>
    private static bool IsRefused(ReadOnlySpan<char> parameters)
    {
        var quality = parameters.Trim();
        return quality.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
            && double.TryParse(quality[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value == 0;
    }
}
