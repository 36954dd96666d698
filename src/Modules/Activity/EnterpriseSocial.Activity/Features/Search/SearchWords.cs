using EnterpriseSocial.Activity.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Search;

/// <summary>
/// SQLite's trigram indexes of the folded text of posts and comments (ADR 0021), written by
/// <see cref="SearchWordIndexer"/> after the writes, in batches, outside any request's transaction. New rows
/// are indexed in the order of their sequences, which on SQLite is the order of their commits; rows whose
/// text changed once indexed are listed by triggers of the migration. A search takes as candidates the
/// index's rows, the listed ones and those beyond what was indexed, then checks every word in the stored
/// text as before: a row not indexed yet, or indexed before its last edit, is found by what it says now.
/// </summary>
internal static class SearchWords
{
    private const string Waiting = "activity_WordsToIndex";
    private const string Indexed = "activity_WordsIndexed";

    /// <summary>
    /// The pages of merging each batch does: a bounded step each time instead of SQLite's automatic merges, one of which
    /// held the write turn for a third of a second, and enough to keep up with what a batch adds.
    /// </summary>
    private const int MergePages = 16;

    public static readonly Source Posts = new("activity_PostWords", "activity_Posts", 0);
    public static readonly Source Comments = new("activity_CommentWords", "activity_Comments", 1);

    /// <summary>
    /// Indexes again up to <paramref name="batch"/> listed rows of each source, then up to <paramref name="batch"/> new
    /// ones (<c>-1</c>: all). Run in a write transaction, so that no write lands between reading a row's text and
    /// noting it indexed.
    /// </summary>
    public static string IndexNext(int batch) => Index(Posts, batch) + Index(Comments, batch);

    /// <summary>Merges each index's segments into one, once a bulk of rows is written at once.</summary>
    public static readonly string Optimize = Optimized(Posts) + Optimized(Comments);

    /// <summary>About how many rows wait to be indexed (a gap a removed row left counts too): a query of one number, <c>Value</c>.</summary>
    public static readonly string Behind =
        $"""SELECT (SELECT count(*) FROM "{Waiting}") + {NewRows(Posts)} + {NewRows(Comments)} AS "Value" """;

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
    /// <paramref name="source"/> whose index holds every trigram of <paramref name="query"/>, that are listed to be
    /// indexed again, or that are not indexed yet.
    /// </summary>
    public static IQueryable<long> Candidates(ActivityDbContext db, Source source, string query, long lower, long upper)
    {
        // Each source's parameters have names of their own: both sources' candidates can be in one statement.
        var (match, from, to) = ($"@{source.Words}_query", $"@{source.Words}_lower", $"@{source.Words}_upper");
        var sql = $"""
            SELECT rowid AS "Value" FROM "{source.Words}" WHERE "{source.Words}" MATCH {match} AND rowid >= {from} AND rowid < {to}
            UNION ALL
            SELECT "Sequence" FROM "{Waiting}" WHERE "Kind" = {source.Kind} AND "Sequence" >= {from} AND "Sequence" < {to}
            UNION ALL
            SELECT "Sequence" FROM "{source.Table}"
            WHERE "Sequence" > (SELECT "Sequence" FROM "{Indexed}" WHERE "Kind" = {source.Kind}) AND "Sequence" >= {from} AND "Sequence" < {to}
            """;
        return db.Database.SqlQueryRaw<long>(
            sql, new SqliteParameter(match, query), new SqliteParameter(from, lower), new SqliteParameter(to, upper));
    }

    /// <summary>A term's runs of three characters; SQLite counts characters as code points, not as UTF-16 units.</summary>
    private static IEnumerable<string> Trigrams(string term)
    {
        var characters = term.EnumerateRunes().Select(r => r.ToString()).ToList();
        return Enumerable.Range(0, Math.Max(characters.Count - 2, 0)).Select(i => string.Concat(characters.Skip(i).Take(3)));
    }

    private static string Index(Source source, int batch) =>
        $"""
         DELETE FROM "{source.Words}" WHERE rowid IN ({Listed(source, batch)});
         INSERT INTO "{source.Words}" (rowid, text)
           SELECT "Sequence", "SearchText" FROM "{source.Table}"
           WHERE "SearchText" IS NOT NULL AND "Sequence" IN ({Listed(source, batch)}) AND "Sequence" <= ({IndexedUpTo(source)});
         DELETE FROM "{Waiting}" WHERE "Kind" = {source.Kind} AND "Sequence" IN ({Listed(source, batch)});
         INSERT INTO "{source.Words}" (rowid, text)
           SELECT "Sequence", "SearchText" FROM "{source.Table}" WHERE "SearchText" IS NOT NULL AND "Sequence" IN ({New(source, batch)});
         UPDATE "{Indexed}" SET "Sequence" = coalesce((SELECT max("Sequence") FROM ({New(source, batch)})), "Sequence") WHERE "Kind" = {source.Kind};
         INSERT INTO "{source.Words}" ("{source.Words}", rank) VALUES ('merge', {MergePages});

         """;

    private static string NewRows(Source source) =>
        $"""(coalesce((SELECT max("Sequence") FROM "{source.Table}"), 0) - ({IndexedUpTo(source)}))""";

    private static string Optimized(Source source) => $"""INSERT INTO "{source.Words}" ("{source.Words}") VALUES ('optimize');""";

    private static string Listed(Source source, int batch) =>
        $"""SELECT "Sequence" FROM "{Waiting}" WHERE "Kind" = {source.Kind} ORDER BY "Sequence" DESC LIMIT {batch}""";

    private static string IndexedUpTo(Source source) => $"""SELECT "Sequence" FROM "{Indexed}" WHERE "Kind" = {source.Kind}""";

    private static string New(Source source, int batch) =>
        $"""SELECT "Sequence" FROM "{source.Table}" WHERE "Sequence" > ({IndexedUpTo(source)}) ORDER BY "Sequence" LIMIT {batch}""";
}
