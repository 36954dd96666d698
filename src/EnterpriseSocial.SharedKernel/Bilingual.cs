using System.Globalization;

namespace EnterpriseSocial.SharedKernel;

/// <summary>
/// Words a person may read in a server answer — a problem's detail, a field's validation message — in
/// the language the request asked for: French or English (ADR 0028). The host sets the request's UI
/// culture; outside a request, as in background work, the server's own UI culture decides.
/// </summary>
public static class Bilingual
{
    public static string Text(string english, string french) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? french : english;
}
