using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    internal sealed partial class SchedulingLiveGenerationsAndPraise : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PraiseId",
                schema: "activity",
                table: "Posts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ScheduledPosts",
                schema: "activity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SpaceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PublishAt = table.Column<long>(type: "bigint", nullable: false),
                    Request = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MayAnnounceCompanyWide = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FailedReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledPosts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpaceLiveEpochs",
                schema: "activity",
                columns: table => new
                {
                    SpaceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Epoch = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpaceLiveEpochs", x => x.SpaceId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PostMentions_PersonId_PostSequence",
                schema: "activity",
                table: "PostMentions",
                columns: new[] { "PersonId", "PostSequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledPosts_AuthorId_PublishAt",
                schema: "activity",
                table: "ScheduledPosts",
                columns: new[] { "AuthorId", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledPosts_PublishAt",
                schema: "activity",
                table: "ScheduledPosts",
                column: "PublishAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScheduledPosts",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "SpaceLiveEpochs",
                schema: "activity");

            migrationBuilder.DropIndex(
                name: "IX_PostMentions_PersonId_PostSequence",
                schema: "activity",
                table: "PostMentions");

            migrationBuilder.DropColumn(
                name: "PraiseId",
                schema: "activity",
                table: "Posts");
        }
    }
}
