using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Notifications.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal sealed partial class ChangeIndexHoldsReadMarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notifications_RecipientId_ChangeSequence",
                schema: "notifications",
                table: "Notifications");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientId_ChangeSequence",
                schema: "notifications",
                table: "Notifications",
                columns: new[] { "RecipientId", "ChangeSequence" },
                unique: true,
                filter: "\"ChangeSequence\" <> \"Sequence\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notifications_RecipientId_ChangeSequence",
                schema: "notifications",
                table: "Notifications");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientId_ChangeSequence",
                schema: "notifications",
                table: "Notifications",
                columns: new[] { "RecipientId", "ChangeSequence" },
                unique: true);
        }
    }
}
