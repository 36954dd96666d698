using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class DirectMessageSearchAndReactions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecipientReaction",
                table: "activity_DirectMessages",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "activity_DirectMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SenderReaction",
                table: "activity_DirectMessages",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecipientReaction",
                table: "activity_DirectMessages");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "activity_DirectMessages");

            migrationBuilder.DropColumn(
                name: "SenderReaction",
                table: "activity_DirectMessages");
        }
    }
}
