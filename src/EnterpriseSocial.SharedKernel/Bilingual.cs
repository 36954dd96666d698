using System.Buffers;
using System.Globalization;

namespace EnterpriseSocial.SharedKernel;

/// <summary>
/// Words a person may read in a server answer — a problem's detail, a field's validation message — in
/// the language the request asked for: French or English (ADR 0028). The host sets the request's UI
/// culture; outside a request, as in background work, the server's own UI culture decides.
/// </summary>
public static class Bilingual
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly SearchValues<char> SpacedMarks = SearchValues.Create(";:?!«»");

    /// <summary>"fr" or "en": the language of the current request, to word later work the same way.</summary>
    public static string Language => Text("en", "fr");

    public static string Text(string english, string french) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? KeptToItsWord(french) : english;

    /// <summary>
    /// French puts a space before ; : ? ! and inside « »; a no-break one keeps the mark on its word's
    /// line, as the web client's own French texts do, wherever the reader's screen wraps the message.
    /// </summary>
    private static string KeptToItsWord(string french) =>
        french.AsSpan().IndexOfAny(SpacedMarks) < 0
            ? french
            : french.Replace(" ;", "\u00A0;", StringComparison.Ordinal)
                .Replace(" :", "\u00A0:", StringComparison.Ordinal)
                .Replace(" ?", "\u00A0?", StringComparison.Ordinal)
                .Replace(" !", "\u00A0!", StringComparison.Ordinal)
                .Replace("« ", "«\u00A0", StringComparison.Ordinal)
                .Replace(" »", "\u00A0»", StringComparison.Ordinal);

    /// <summary>Words what follows in the calling flow in "fr" or "en": a request's language, or one kept from it.</summary>
    public static void Use(string language) => CultureInfo.CurrentUICulture = language == "fr" ? French : English;
}
