using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Notifications.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    internal sealed partial class ReadMarksTakeChangeNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ChangeSequence",
                schema: "notifications",
                table: "Notifications",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Until now an entry's latest change was its latest activity.
            migrationBuilder.Sql(@"UPDATE [notifications].[Notifications] SET [ChangeSequence] = [Sequence];");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientId_ChangeSequence",
                schema: "notifications",
                table: "Notifications",
                columns: new[] { "RecipientId", "ChangeSequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notifications_RecipientId_ChangeSequence",
                schema: "notifications",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "ChangeSequence",
                schema: "notifications",
                table: "Notifications");
        }
    }
}
