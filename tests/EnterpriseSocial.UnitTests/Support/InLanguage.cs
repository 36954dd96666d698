using System.Globalization;

namespace EnterpriseSocial.UnitTests.Support;

/// <summary>Reads something worded for a person (ADR 0028) as a request in the given language would.</summary>
internal static class InLanguage
{
    public static T Read<T>(string culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
