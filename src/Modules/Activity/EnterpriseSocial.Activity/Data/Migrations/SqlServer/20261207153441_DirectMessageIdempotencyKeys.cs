using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.SqlServer
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
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectMessages_SenderId_IdempotencyKey",
                schema: "activity",
                table: "DirectMessages",
                columns: new[] { "SenderId", "IdempotencyKey" },
                unique: true,
                filter: "[IdempotencyKey] IS NOT NULL");
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
