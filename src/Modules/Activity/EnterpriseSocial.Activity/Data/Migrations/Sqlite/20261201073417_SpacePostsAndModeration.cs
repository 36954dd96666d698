using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class SpacePostsAndModeration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HiddenAt",
                table: "activity_Posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                table: "activity_Posts",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PinnedAt",
                table: "activity_Posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SpaceId",
                table: "activity_Posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HiddenAt",
                table: "activity_Comments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                table: "activity_Comments",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "activity_KeywordRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Pattern = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WholeWord = table.Column<bool>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_KeywordRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "activity_ModerationLog",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModeratorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_ModerationLog", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "activity_Reports",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReporterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_Reports", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activity_Posts_SpaceId_Sequence",
                table: "activity_Posts",
                columns: new[] { "SpaceId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_ModerationLog_SpaceId_Sequence",
                table: "activity_ModerationLog",
                columns: new[] { "SpaceId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_Reports_Id",
                table: "activity_Reports",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activity_Reports_Status_SpaceId_Sequence",
                table: "activity_Reports",
                columns: new[] { "Status", "SpaceId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_Reports_TargetId_ReporterId",
                table: "activity_Reports",
                columns: new[] { "TargetId", "ReporterId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_KeywordRules");

            migrationBuilder.DropTable(
                name: "activity_ModerationLog");

            migrationBuilder.DropTable(
                name: "activity_Reports");

            migrationBuilder.DropIndex(
                name: "IX_activity_Posts_SpaceId_Sequence",
                table: "activity_Posts");

            migrationBuilder.DropColumn(
                name: "HiddenAt",
                table: "activity_Posts");

            migrationBuilder.DropColumn(
                name: "HiddenReason",
                table: "activity_Posts");

            migrationBuilder.DropColumn(
                name: "PinnedAt",
                table: "activity_Posts");

            migrationBuilder.DropColumn(
                name: "SpaceId",
                table: "activity_Posts");

            migrationBuilder.DropColumn(
                name: "HiddenAt",
                table: "activity_Comments");

            migrationBuilder.DropColumn(
                name: "HiddenReason",
                table: "activity_Comments");
        }
    }
}
