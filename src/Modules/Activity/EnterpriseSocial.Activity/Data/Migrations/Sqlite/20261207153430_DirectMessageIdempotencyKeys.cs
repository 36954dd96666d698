using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class DirectMessageIdempotencyKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "activity_DirectMessages",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_activity_DirectMessages_SenderId_IdempotencyKey",
                table: "activity_DirectMessages",
                columns: new[] { "SenderId", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_activity_DirectMessages_SenderId_IdempotencyKey",
                table: "activity_DirectMessages");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "activity_DirectMessages");
        }
    }
}
