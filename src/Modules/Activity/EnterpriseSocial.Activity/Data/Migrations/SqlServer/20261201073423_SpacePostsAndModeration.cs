using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    internal sealed partial class SpacePostsAndModeration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HiddenAt",
                schema: "activity",
                table: "Posts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                schema: "activity",
                table: "Posts",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PinnedAt",
                schema: "activity",
                table: "Posts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SpaceId",
                schema: "activity",
                table: "Posts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HiddenAt",
                schema: "activity",
                table: "Comments",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                schema: "activity",
                table: "Comments",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "KeywordRules",
                schema: "activity",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Pattern = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    WholeWord = table.Column<bool>(type: "bit", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Message = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeywordRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ModerationLog",
                schema: "activity",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SpaceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ModeratorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    TargetKind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModerationLog", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                schema: "activity",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TargetKind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SpaceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReporterId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_SpaceId_Sequence",
                schema: "activity",
                table: "Posts",
                columns: new[] { "SpaceId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ModerationLog_SpaceId_Sequence",
                schema: "activity",
                table: "ModerationLog",
                columns: new[] { "SpaceId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Id",
                schema: "activity",
                table: "Reports",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Status_SpaceId_Sequence",
                schema: "activity",
                table: "Reports",
                columns: new[] { "Status", "SpaceId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_TargetId_ReporterId",
                schema: "activity",
                table: "Reports",
                columns: new[] { "TargetId", "ReporterId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KeywordRules",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "ModerationLog",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "Reports",
                schema: "activity");

            migrationBuilder.DropIndex(
                name: "IX_Posts_SpaceId_Sequence",
                schema: "activity",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "HiddenAt",
                schema: "activity",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "HiddenReason",
                schema: "activity",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "PinnedAt",
                schema: "activity",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "SpaceId",
                schema: "activity",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "HiddenAt",
                schema: "activity",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "HiddenReason",
                schema: "activity",
                table: "Comments");
        }
    }
}
