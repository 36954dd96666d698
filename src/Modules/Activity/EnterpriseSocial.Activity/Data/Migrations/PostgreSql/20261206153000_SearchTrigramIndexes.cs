using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.PostgreSql
{
    /// <summary>
    /// PostgreSQL's trigram indexes of the folded text of posts and comments (ADR 0021), which a <c>LIKE '%word%'</c>
    /// can use. Written by hand: EF's model would put them on every database, and the other databases have no such
    /// index. <c>pg_trgm</c> ships with PostgreSQL and is trusted: a database's owner may create it. The build holds
    /// writes to the two tables while it runs, once.
    /// </summary>
    [DbContext(typeof(PostgreSqlActivityDbContext))]
    [Migration("20261206153000_SearchTrigramIndexes")]
    internal sealed partial class SearchTrigramIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE INDEX "IX_Posts_SearchText_Trigrams" ON activity."Posts" USING gin ("SearchText" gin_trgm_ops);
                CREATE INDEX "IX_Comments_SearchText_Trigrams" ON activity."Comments" USING gin ("SearchText" gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP INDEX activity."IX_Comments_SearchText_Trigrams";
                DROP INDEX activity."IX_Posts_SearchText_Trigrams";
                """);
        }
    }
}
