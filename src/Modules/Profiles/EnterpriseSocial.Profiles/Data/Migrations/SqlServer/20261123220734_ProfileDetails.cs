using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Profiles.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    internal sealed partial class ProfileDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "SearchText",
                schema: "profiles",
                table: "Profiles",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000);

            migrationBuilder.AddColumn<string>(
                name: "AskMeAbout",
                schema: "profiles",
                table: "Profiles",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "BioHtml",
                schema: "profiles",
                table: "Profiles",
                type: "nvarchar(max)",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BioMarkdown",
                schema: "profiles",
                table: "Profiles",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                schema: "profiles",
                table: "Profiles",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                schema: "profiles",
                table: "Profiles",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Pronouns",
                schema: "profiles",
                table: "Profiles",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Skills",
                schema: "profiles",
                table: "Profiles",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "FieldRules",
                schema: "profiles",
                columns: table => new
                {
                    Field = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EditableByEmployee = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldRules", x => x.Field);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FieldRules",
                schema: "profiles");

            migrationBuilder.DropColumn(
                name: "AskMeAbout",
                schema: "profiles",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "BioHtml",
                schema: "profiles",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "BioMarkdown",
                schema: "profiles",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "Languages",
                schema: "profiles",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "Phone",
                schema: "profiles",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "Pronouns",
                schema: "profiles",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "Skills",
                schema: "profiles",
                table: "Profiles");

            migrationBuilder.AlterColumn<string>(
                name: "SearchText",
                schema: "profiles",
                table: "Profiles",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000);
        }
    }
}
