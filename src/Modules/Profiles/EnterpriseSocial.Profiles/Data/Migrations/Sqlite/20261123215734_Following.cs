using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Profiles.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class Following : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FollowerCount",
                table: "profiles_Profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FollowingCount",
                table: "profiles_Profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "profiles_Follows",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FollowerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FolloweeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profiles_Follows", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "profiles_TopicFollows",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FollowerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profiles_TopicFollows", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_profiles_Follows_FolloweeId_Sequence",
                table: "profiles_Follows",
                columns: new[] { "FolloweeId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_profiles_Follows_FollowerId_FolloweeId",
                table: "profiles_Follows",
                columns: new[] { "FollowerId", "FolloweeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_profiles_Follows_FollowerId_Sequence",
                table: "profiles_Follows",
                columns: new[] { "FollowerId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_profiles_TopicFollows_FollowerId_Topic",
                table: "profiles_TopicFollows",
                columns: new[] { "FollowerId", "Topic" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_profiles_TopicFollows_Topic_Sequence",
                table: "profiles_TopicFollows",
                columns: new[] { "Topic", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "profiles_Follows");

            migrationBuilder.DropTable(
                name: "profiles_TopicFollows");

            migrationBuilder.DropColumn(
                name: "FollowerCount",
                table: "profiles_Profiles");

            migrationBuilder.DropColumn(
                name: "FollowingCount",
                table: "profiles_Profiles");
        }
    }
}
