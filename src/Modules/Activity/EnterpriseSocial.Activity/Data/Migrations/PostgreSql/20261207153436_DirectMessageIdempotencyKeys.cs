using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal sealed partial class DirectMessageIdempotencyKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                schema: "activity",
                table: "DirectMessages",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectMessages_SenderId_IdempotencyKey",
                schema: "activity",
                table: "DirectMessages",
                columns: new[] { "SenderId", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectMessages_SenderId_IdempotencyKey",
                schema: "activity",
                table: "DirectMessages");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                schema: "activity",
                table: "DirectMessages");
        }
    }
}
