using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal sealed partial class DirectMessageSearchAndReactions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecipientReaction",
                schema: "activity",
                table: "DirectMessages",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "activity",
                table: "DirectMessages",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SenderReaction",
                schema: "activity",
                table: "DirectMessages",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecipientReaction",
                schema: "activity",
                table: "DirectMessages");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "activity",
                table: "DirectMessages");

            migrationBuilder.DropColumn(
                name: "SenderReaction",
                schema: "activity",
                table: "DirectMessages");
        }
    }
}
