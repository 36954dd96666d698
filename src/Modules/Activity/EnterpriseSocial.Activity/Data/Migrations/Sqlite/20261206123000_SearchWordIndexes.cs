using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.Sqlite
{
    /// <summary>
    /// SQLite's trigram indexes of the folded text of posts and comments (ADR 0021), and the list of rows
    /// whose text changed since they were indexed. Written by hand: the model does not change, and the
    /// other databases have no such index.
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
                 DROP TABLE "activity_WordsToIndex";
                 """);
        }

        /// <summary>A contentless index (the text stays in its table), and triggers that put every changed row on the waiting list.</summary>
        private static string Index(string words, string table, int kind) =>
            $"""
             CREATE VIRTUAL TABLE "{words}" USING fts5(text, content='', contentless_delete=1, detail=none, tokenize='trigram');
             CREATE TRIGGER "{words}_inserted" AFTER INSERT ON "{table}" BEGIN
               INSERT OR IGNORE INTO "activity_WordsToIndex" VALUES ({kind}, new."Sequence");
             END;
             CREATE TRIGGER "{words}_changed" AFTER UPDATE OF "SearchText" ON "{table}" BEGIN
               INSERT OR IGNORE INTO "activity_WordsToIndex" VALUES ({kind}, new."Sequence");
             END;
             CREATE TRIGGER "{words}_deleted" AFTER DELETE ON "{table}" BEGIN
               INSERT OR IGNORE INTO "activity_WordsToIndex" VALUES ({kind}, old."Sequence");
             END;
             INSERT INTO "activity_WordsToIndex" SELECT {kind}, "Sequence" FROM "{table}";
             """;

        private static string Drop(string words) =>
            $"""
             DROP TRIGGER "{words}_inserted";
             DROP TRIGGER "{words}_changed";
             DROP TRIGGER "{words}_deleted";
             DROP TABLE "{words}";
             """;
    }
}
