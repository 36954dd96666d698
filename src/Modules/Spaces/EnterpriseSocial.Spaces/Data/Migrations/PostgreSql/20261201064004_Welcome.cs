using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Spaces.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal sealed partial class Welcome : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Welcome",
                schema: "spaces",
                table: "Spaces",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Welcome",
                schema: "spaces",
                table: "Spaces");
        }
    }
}
