using System.Globalization;
using System.Text;

namespace EnterpriseSocial.SharedKernel;

/// <summary>
/// Folds text for accent- and case-insensitive matching the same way on every database
/// provider: "Hélène" and "HELENE" both become "helene".
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(character));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC)
            .Replace('œ', 'o').Replace('æ', 'a').Replace('ß', 's');
    }
}
