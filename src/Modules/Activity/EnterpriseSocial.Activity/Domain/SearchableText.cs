using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Activity.Domain;

/// <summary>
/// Text as search compares it: the words of a body without markup, folded to lower case without
/// accents (<see cref="TextFolding"/>), one space between words. Stored beside each post and comment
/// so that the database compares folded text with folded text, whatever its collation.
/// </summary>
internal static partial class SearchableText
{
    public static string Of(string html) => Folded(Plain(html)).Text;

    /// <summary>A file's name as search reads it: folded like a body, without looking for markup in it.</summary>
    public static string OfName(string fileName) => Folded(Whitespace().Replace(fileName, " ").Trim()).Text;

    /// <summary>What a reader sees of the body: no tags, entities decoded, whitespace collapsed.</summary>
    public static string Plain(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    /// <summary>The words a search asks for, folded as stored text is.</summary>
    public static IReadOnlyList<string> Terms(string query) =>
        TextFolding.Fold(Whitespace().Replace(query, " ")).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Folds plain text one character (grapheme) at a time, remembering where each folded character
    /// came from, so that a match found in folded text can be shown in the reader's own text.
    /// <c>Origins</c> has one more entry than <c>Text</c>: the end of the plain text.
    /// </summary>
    public static (string Text, int[] Origins) Folded(string plain)
    {
        var folded = new StringBuilder(plain.Length);
        var origins = new List<int>(plain.Length + 1);
        var elements = StringInfo.GetTextElementEnumerator(plain);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            // Fold trims, which would drop the single spaces between words.
            var piece = char.IsWhiteSpace(element[0]) ? " " : TextFolding.Fold(element);
            folded.Append(piece);
            origins.AddRange(Enumerable.Repeat(elements.ElementIndex, piece.Length));
        }

        origins.Add(plain.Length);
        return (folded.ToString(), origins.ToArray());
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
