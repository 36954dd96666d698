using EnterpriseSocial.Activity.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Search;

/// <summary>
/// SQLite's trigram indexes of the folded text of posts and comments (ADR 0021). A write only puts its
/// row on a waiting list (triggers of the migration); <see cref="SearchWordIndexer"/> indexes the list
/// afterwards, in batches, outside any request's transaction. A search takes the index's rows and the
/// waiting ones as candidates, then checks every word in the stored text as before: a row not indexed
/// yet, or indexed before its last edit, is found by what it says now.
/// </summary>
internal static class SearchWords
{
    public const string Waiting = "activity_WordsToIndex";

    public static readonly Source Posts = new("activity_PostWords", "activity_Posts", 0);
    public static readonly Source Comments = new("activity_CommentWords", "activity_Comments", 1);

    /// <summary>
    /// Indexes up to <c>@batch</c> waiting rows of each source, newest first (<c>-1</c>: all of them). Run in a
    /// write transaction, so that no edit lands between reading a row's text and taking it off the list.
    /// </summary>
    public static readonly string IndexWaiting = Index(Posts) + Index(Comments);

    /// <summary>An index (<see cref="Words"/>) of a table's folded text, keyed by the row's sequence.</summary>
    internal sealed record Source(string Words, string Table, int Kind);

    /// <summary>
    /// The index query asking for every trigram of <paramref name="terms"/>, or null when no term is three
    /// characters long: those are searched in the stored text alone.
    /// </summary>
    public static string? Query(IReadOnlyList<string> terms)
    {
        var trigrams = terms.SelectMany(Trigrams).Distinct(StringComparer.Ordinal).ToList();
        return trigrams.Count == 0 ? null : string.Join(" AND ", trigrams.Select(t => $"\"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));
    }

    /// <summary>
    /// The sequences from <paramref name="lower"/> (included) to <paramref name="upper"/> (excluded) of the rows of
    /// <paramref name="source"/> whose index holds every trigram of <paramref name="query"/>, and of the rows waiting
    /// to be indexed.
    /// </summary>
    public static IQueryable<long> Candidates(ActivityDbContext db, Source source, string query, long lower, long upper)
    {
        // Each source's parameters have names of their own: both sources' candidates can be in one statement.
        var sql = $"""
            SELECT rowid AS "Value" FROM "{source.Words}"
            WHERE "{source.Words}" MATCH @{source.Words}_query AND rowid >= @{source.Words}_lower AND rowid < @{source.Words}_upper
            UNION ALL
            SELECT "Sequence" FROM "{Waiting}"
            WHERE "Kind" = {source.Kind} AND "Sequence" >= @{source.Words}_lower AND "Sequence" < @{source.Words}_upper
            """;
        return db.Database.SqlQueryRaw<long>(
            sql,
            new SqliteParameter($"@{source.Words}_query", query),
            new SqliteParameter($"@{source.Words}_lower", lower),
            new SqliteParameter($"@{source.Words}_upper", upper));
    }

    /// <summary>A term's runs of three characters; SQLite counts characters as code points, not as UTF-16 units.</summary>
    private static IEnumerable<string> Trigrams(string term)
    {
        var characters = term.EnumerateRunes().Select(r => r.ToString()).ToList();
        return Enumerable.Range(0, Math.Max(characters.Count - 2, 0)).Select(i => string.Concat(characters.Skip(i).Take(3)));
    }

    private static string Index(Source source) =>
        $"""
         DELETE FROM "{source.Words}" WHERE rowid IN ({Next(source)});
         INSERT INTO "{source.Words}" (rowid, text)
           SELECT "Sequence", "SearchText" FROM "{source.Table}" WHERE "SearchText" IS NOT NULL AND "Sequence" IN ({Next(source)});
         DELETE FROM "{Waiting}" WHERE "Kind" = {source.Kind} AND "Sequence" IN ({Next(source)});

         """;

    private static string Next(Source source) =>
        $"""SELECT "Sequence" FROM "{Waiting}" WHERE "Kind" = {source.Kind} ORDER BY "Sequence" DESC LIMIT @batch""";
}
