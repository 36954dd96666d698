using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Notifications.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class ChangeIndexHoldsReadMarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_notifications_Notifications_RecipientId_ChangeSequence",
                table: "notifications_Notifications");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Notifications_RecipientId_ChangeSequence",
                table: "notifications_Notifications",
                columns: new[] { "RecipientId", "ChangeSequence" },
                unique: true,
                filter: "\"ChangeSequence\" <> \"Sequence\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_notifications_Notifications_RecipientId_ChangeSequence",
                table: "notifications_Notifications");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Notifications_RecipientId_ChangeSequence",
                table: "notifications_Notifications",
                columns: new[] { "RecipientId", "ChangeSequence" },
                unique: true);
        }
    }
}
