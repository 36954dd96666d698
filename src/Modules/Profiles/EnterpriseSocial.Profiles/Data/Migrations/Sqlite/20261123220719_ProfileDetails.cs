using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Profiles.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class ProfileDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AskMeAbout",
                table: "profiles_Profiles",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "BioHtml",
                table: "profiles_Profiles",
                type: "TEXT",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BioMarkdown",
                table: "profiles_Profiles",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "profiles_Profiles",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "profiles_Profiles",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Pronouns",
                table: "profiles_Profiles",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Skills",
                table: "profiles_Profiles",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "profiles_FieldRules",
                columns: table => new
                {
                    Field = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EditableByEmployee = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profiles_FieldRules", x => x.Field);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "profiles_FieldRules");

            migrationBuilder.DropColumn(
                name: "AskMeAbout",
                table: "profiles_Profiles");

            migrationBuilder.DropColumn(
                name: "BioHtml",
                table: "profiles_Profiles");

            migrationBuilder.DropColumn(
                name: "BioMarkdown",
                table: "profiles_Profiles");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "profiles_Profiles");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "profiles_Profiles");

            migrationBuilder.DropColumn(
                name: "Pronouns",
                table: "profiles_Profiles");

            migrationBuilder.DropColumn(
                name: "Skills",
                table: "profiles_Profiles");
        }
    }
}
