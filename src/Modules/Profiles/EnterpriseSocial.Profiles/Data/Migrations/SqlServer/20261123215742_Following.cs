using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Profiles.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    internal sealed partial class Following : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FollowerCount",
                schema: "profiles",
                table: "Profiles",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FollowingCount",
                schema: "profiles",
                table: "Profiles",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Follows",
                schema: "profiles",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FollowerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FolloweeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Follows", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "TopicFollows",
                schema: "profiles",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FollowerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TopicFollows", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Follows_FolloweeId_Sequence",
                schema: "profiles",
                table: "Follows",
                columns: new[] { "FolloweeId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Follows_FollowerId_FolloweeId",
                schema: "profiles",
                table: "Follows",
                columns: new[] { "FollowerId", "FolloweeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Follows_FollowerId_Sequence",
                schema: "profiles",
                table: "Follows",
                columns: new[] { "FollowerId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_TopicFollows_FollowerId_Topic",
                schema: "profiles",
                table: "TopicFollows",
                columns: new[] { "FollowerId", "Topic" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TopicFollows_Topic_Sequence",
                schema: "profiles",
                table: "TopicFollows",
                columns: new[] { "Topic", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Follows",
                schema: "profiles");

            migrationBuilder.DropTable(
                name: "TopicFollows",
                schema: "profiles");

            migrationBuilder.DropColumn(
                name: "FollowerCount",
                schema: "profiles",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "FollowingCount",
                schema: "profiles",
                table: "Profiles");
        }
    }
}
