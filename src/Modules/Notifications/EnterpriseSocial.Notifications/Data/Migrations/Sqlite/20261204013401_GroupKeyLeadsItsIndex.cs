using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Notifications.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class GroupKeyLeadsItsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_notifications_Notifications_RecipientId_GroupKey",
                table: "notifications_Notifications");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Notifications_GroupKey_RecipientId",
                table: "notifications_Notifications",
                columns: new[] { "GroupKey", "RecipientId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_notifications_Notifications_GroupKey_RecipientId",
                table: "notifications_Notifications");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Notifications_RecipientId_GroupKey",
                table: "notifications_Notifications",
                columns: new[] { "RecipientId", "GroupKey" },
                unique: true);
        }
    }
}
