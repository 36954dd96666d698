using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal sealed partial class DirectMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectMessages",
                schema: "activity",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SenderId = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectMessages", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "DirectParticipants",
                schema: "activity",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    OtherPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastMessageSequence = table.Column<long>(type: "bigint", nullable: false),
                    ReadUpTo = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectParticipants", x => new { x.PersonId, x.OtherPersonId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectMessages_ConversationId_Sequence",
                schema: "activity",
                table: "DirectMessages",
                columns: new[] { "ConversationId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectMessages_Id",
                schema: "activity",
                table: "DirectMessages",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectParticipants_PersonId_LastMessageSequence",
                schema: "activity",
                table: "DirectParticipants",
                columns: new[] { "PersonId", "LastMessageSequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectMessages",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "DirectParticipants",
                schema: "activity");
        }
    }
}
