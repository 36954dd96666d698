using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class PostKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BestAnswerId",
                table: "activity_Posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "activity_Posts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "MustRead",
                table: "activity_Posts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PollClosesAt",
                table: "activity_Posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PollMultipleChoice",
                table: "activity_Posts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "activity_Acknowledgements",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_Acknowledgements", x => new { x.PostId, x.PersonId });
                });

            migrationBuilder.CreateTable(
                name: "activity_PollOptions",
                columns: table => new
                {
                    PostSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VoteCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_PollOptions", x => new { x.PostSequence, x.Index });
                    table.ForeignKey(
                        name: "FK_activity_PollOptions_activity_Posts_PostSequence",
                        column: x => x.PostSequence,
                        principalTable: "activity_Posts",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activity_PollVotes",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OptionIndex = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_PollVotes", x => new { x.PostId, x.PersonId, x.OptionIndex });
                });

            migrationBuilder.CreateIndex(
                name: "IX_activity_Posts_Kind_Sequence",
                table: "activity_Posts",
                columns: new[] { "Kind", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_Acknowledgements");

            migrationBuilder.DropTable(
                name: "activity_PollOptions");

            migrationBuilder.DropTable(
                name: "activity_PollVotes");

            migrationBuilder.DropIndex(
                name: "IX_activity_Posts_Kind_Sequence",
                table: "activity_Posts");

            migrationBuilder.DropColumn(
                name: "BestAnswerId",
                table: "activity_Posts");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "activity_Posts");

            migrationBuilder.DropColumn(
                name: "MustRead",
                table: "activity_Posts");

            migrationBuilder.DropColumn(
                name: "PollClosesAt",
                table: "activity_Posts");

            migrationBuilder.DropColumn(
                name: "PollMultipleChoice",
                table: "activity_Posts");
        }
    }
}
