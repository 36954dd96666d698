using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal sealed partial class ScheduledPostsKeepTheirLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                schema: "activity",
                table: "ScheduledPosts",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "en");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Language",
                schema: "activity",
                table: "ScheduledPosts");
        }
    }
}
