using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class SchedulingLiveGenerationsAndPraise : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PraiseId",
                table: "activity_Posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "activity_ScheduledPosts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublishAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Request = table.Column<string>(type: "TEXT", nullable: false),
                    MayAnnounceCompanyWide = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FailedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_ScheduledPosts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "activity_SpaceLiveEpochs",
                columns: table => new
                {
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Epoch = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_SpaceLiveEpochs", x => x.SpaceId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activity_PostMentions_PersonId_PostSequence",
                table: "activity_PostMentions",
                columns: new[] { "PersonId", "PostSequence" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_ScheduledPosts_AuthorId_PublishAt",
                table: "activity_ScheduledPosts",
                columns: new[] { "AuthorId", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_ScheduledPosts_PublishAt",
                table: "activity_ScheduledPosts",
                column: "PublishAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_ScheduledPosts");

            migrationBuilder.DropTable(
                name: "activity_SpaceLiveEpochs");

            migrationBuilder.DropIndex(
                name: "IX_activity_PostMentions_PersonId_PostSequence",
                table: "activity_PostMentions");

            migrationBuilder.DropColumn(
                name: "PraiseId",
                table: "activity_Posts");
        }
    }
}
