using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class DirectMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activity_DirectMessages",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_DirectMessages", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "activity_DirectParticipants",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OtherPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastMessageSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadUpTo = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_DirectParticipants", x => new { x.PersonId, x.OtherPersonId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_activity_DirectMessages_ConversationId_Sequence",
                table: "activity_DirectMessages",
                columns: new[] { "ConversationId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_DirectMessages_Id",
                table: "activity_DirectMessages",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activity_DirectParticipants_PersonId_LastMessageSequence",
                table: "activity_DirectParticipants",
                columns: new[] { "PersonId", "LastMessageSequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_DirectMessages");

            migrationBuilder.DropTable(
                name: "activity_DirectParticipants");
        }
    }
}
