using EnterpriseSocial.Activity.Domain;

namespace EnterpriseSocial.Activity.Features.Search;

/// <summary>A stretch of <see cref="MatchedText.Text"/> that matched a searched word, in UTF-16 units as browsers count.</summary>
internal sealed record Highlight(int Start, int Length);

/// <summary>
/// Where a result matched: in the post itself or in one of its comments, with the surrounding words
/// as plain text (never HTML) and the matched words marked.
/// </summary>
internal sealed record MatchedText(string In, Guid? CommentId, string Text, IReadOnlyList<Highlight> Highlights)
{
    private const int Before = 60;
    private const int Length = 220;
    private const string Ellipsis = "…";

    /// <summary>The words around the first searched word in the body, or null when the body does not hold every word.</summary>
    public static MatchedText? Find(string html, IReadOnlyList<string> terms, Guid? commentId = null)
    {
        var plain = SearchableText.Plain(html);
        var (folded, origins) = SearchableText.Folded(plain);
        var first = folded.IndexOf(terms[0], StringComparison.Ordinal);
        if (first < 0 || terms.Any(t => !folded.Contains(t, StringComparison.Ordinal)))
        {
            return null;
        }

        var (start, end) = Window(plain, origins[first]);
        var prefix = start > 0 ? Ellipsis : string.Empty;
        var text = string.Concat(prefix, plain.AsSpan(start, end - start), end < plain.Length ? Ellipsis : string.Empty);
        var highlights = terms.SelectMany(term => Occurrences(folded, term))
            .Select(found => (From: origins[found.Start], To: origins[found.Start + found.Length]))
            .Where(found => found.From >= start && found.To <= end)
            .OrderBy(found => found.From)
            .Aggregate(new List<(int From, int To)>(), Merge)
            .Select(found => new Highlight(found.From - start + prefix.Length, found.To - found.From))
            .ToList();
        return new MatchedText(commentId is null ? "post" : "comment", commentId, text, highlights);
    }

    // Starts a little before the match, on a word, so that the reader sees what leads to it.
    private static (int Start, int End) Window(string plain, int match)
    {
        var start = Math.Max(0, match - Before);
        if (start > 0)
        {
            var space = plain.IndexOf(' ', start);
            start = space >= 0 && space < match ? space + 1 : start;
        }

        var end = Math.Min(plain.Length, start + Length);
        if (end < plain.Length)
        {
            var space = plain.LastIndexOf(' ', end);
            end = space > match ? space : end;
        }

        return (start, end);
    }

    private static IEnumerable<(int Start, int Length)> Occurrences(string folded, string term)
    {
        for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(term, at + term.Length, StringComparison.Ordinal))
        {
            yield return (at, term.Length);
        }
    }

    // Overlapping words ("rap" and "rapport") are marked once, as one stretch.
    private static List<(int From, int To)> Merge(List<(int From, int To)> merged, (int From, int To) next)
    {
        if (merged.Count > 0 && next.From <= merged[^1].To)
        {
            merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, next.To));
        }
        else
        {
            merged.Add(next);
        }

        return merged;
    }
}
