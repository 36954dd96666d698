using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Notifications.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class ReadMarksTakeChangeNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ChangeSequence",
                table: "notifications_Notifications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Until now an entry's latest change was its latest activity.
            migrationBuilder.Sql(@"UPDATE ""notifications_Notifications"" SET ""ChangeSequence"" = ""Sequence"";");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Notifications_RecipientId_ChangeSequence",
                table: "notifications_Notifications",
                columns: new[] { "RecipientId", "ChangeSequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_notifications_Notifications_RecipientId_ChangeSequence",
                table: "notifications_Notifications");

            migrationBuilder.DropColumn(
                name: "ChangeSequence",
                table: "notifications_Notifications");
        }
    }
}
