using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.PostgreSql
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
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ScheduledPosts",
                schema: "activity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    SpaceId = table.Column<Guid>(type: "uuid", nullable: true),
                    PublishAt = table.Column<long>(type: "bigint", nullable: false),
                    Request = table.Column<string>(type: "text", nullable: false),
                    MayAnnounceCompanyWide = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FailedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                    SpaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Epoch = table.Column<int>(type: "integer", nullable: false)
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
