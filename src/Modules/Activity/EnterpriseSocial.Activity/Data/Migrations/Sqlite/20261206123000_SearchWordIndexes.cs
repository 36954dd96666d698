using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.Sqlite
{
    /// <summary>
    /// SQLite's trigram indexes of the folded text of posts and comments (ADR 0021), how far each has indexed
    /// new rows (from the start: every row written before is indexed afterwards), and the rows whose text
    /// changed since. Written by hand: the model does not change, and the other databases have no such index.
    /// Names are written out, as a migration must stay what it was whatever the code becomes.
    /// </summary>
    [DbContext(typeof(SqliteActivityDbContext))]
    [Migration("20261206123000_SearchWordIndexes")]
    internal sealed partial class SearchWordIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                $"""
                 CREATE TABLE "activity_WordsToIndex" ("Kind" INTEGER NOT NULL, "Sequence" INTEGER NOT NULL, PRIMARY KEY ("Kind", "Sequence")) WITHOUT ROWID;
                 CREATE TABLE "activity_WordsIndexed" ("Kind" INTEGER NOT NULL PRIMARY KEY, "Sequence" INTEGER NOT NULL);
                 {Index("activity_PostWords", "activity_Posts", 0)}
                 {Index("activity_CommentWords", "activity_Comments", 1)}
                 """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                $"""
                 {Drop("activity_PostWords")}
                 {Drop("activity_CommentWords")}
                 DROP TABLE "activity_WordsIndexed";
                 DROP TABLE "activity_WordsToIndex";
                 """);
        }

        /// <summary>
        /// A contentless index (the text stays in its table) that merges its segments only when asked (an automatic
        /// merge held the write turn for a third of a second once), and triggers that list the rows whose text changes once
        /// written. New rows are not listed: a trigger on every insert made SQLite write a statement journal to a
        /// temporary file for each one, 40 µs more per post with the posts' indexes.
        /// </summary>
        private static string Index(string words, string table, int kind) =>
            $"""
             CREATE VIRTUAL TABLE "{words}" USING fts5(text, content='', contentless_delete=1, detail=none, tokenize='trigram');
             INSERT INTO "{words}" ("{words}", rank) VALUES ('automerge', 0);
             INSERT INTO "{words}" ("{words}", rank) VALUES ('crisismerge', 64);
             INSERT INTO "activity_WordsIndexed" VALUES ({kind}, 0);
             CREATE TRIGGER "{words}_changed" AFTER UPDATE OF "SearchText" ON "{table}" BEGIN
               INSERT OR IGNORE INTO "activity_WordsToIndex" VALUES ({kind}, new."Sequence");
             END;
             CREATE TRIGGER "{words}_deleted" AFTER DELETE ON "{table}" BEGIN
               INSERT OR IGNORE INTO "activity_WordsToIndex" VALUES ({kind}, old."Sequence");
             END;
             """;

        private static string Drop(string words) =>
            $"""
             DROP TRIGGER "{words}_changed";
             DROP TRIGGER "{words}_deleted";
             DROP TABLE "{words}";
             """;
    }
}
