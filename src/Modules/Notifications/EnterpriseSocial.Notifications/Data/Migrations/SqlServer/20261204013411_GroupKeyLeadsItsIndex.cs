using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Notifications.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    internal sealed partial class GroupKeyLeadsItsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notifications_RecipientId_GroupKey",
                schema: "notifications",
                table: "Notifications");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_GroupKey_RecipientId",
                schema: "notifications",
                table: "Notifications",
                columns: new[] { "GroupKey", "RecipientId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notifications_GroupKey_RecipientId",
                schema: "notifications",
                table: "Notifications");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientId_GroupKey",
                schema: "notifications",
                table: "Notifications",
                columns: new[] { "RecipientId", "GroupKey" },
                unique: true);
        }
    }
}
