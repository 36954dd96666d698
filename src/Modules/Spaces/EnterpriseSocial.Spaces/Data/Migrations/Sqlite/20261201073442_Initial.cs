using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Spaces.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "spaces_Bans",
                columns: table => new
                {
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Until = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spaces_Bans", x => new { x.SpaceId, x.PersonId });
                });

            migrationBuilder.CreateTable(
                name: "spaces_JoinRequests",
                columns: table => new
                {
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spaces_JoinRequests", x => new { x.SpaceId, x.PersonId });
                });

            migrationBuilder.CreateTable(
                name: "spaces_Memberships",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    JoinedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spaces_Memberships", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "spaces_OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spaces_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "spaces_ProcessedEvents",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spaces_ProcessedEvents", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "spaces_Spaces",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Guidelines = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Welcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    MemberCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CoverVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spaces_Spaces", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_spaces_Memberships_PersonId_SpaceId",
                table: "spaces_Memberships",
                columns: new[] { "PersonId", "SpaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_spaces_Memberships_SpaceId_PersonId",
                table: "spaces_Memberships",
                columns: new[] { "SpaceId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_spaces_OutboxMessages_ProcessedAt_Id",
                table: "spaces_OutboxMessages",
                columns: new[] { "ProcessedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_spaces_Spaces_Id",
                table: "spaces_Spaces",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_spaces_Spaces_Visibility_Sequence",
                table: "spaces_Spaces",
                columns: new[] { "Visibility", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "spaces_Bans");

            migrationBuilder.DropTable(
                name: "spaces_JoinRequests");

            migrationBuilder.DropTable(
                name: "spaces_Memberships");

            migrationBuilder.DropTable(
                name: "spaces_OutboxMessages");

            migrationBuilder.DropTable(
                name: "spaces_ProcessedEvents");

            migrationBuilder.DropTable(
                name: "spaces_Spaces");
        }
    }
}
