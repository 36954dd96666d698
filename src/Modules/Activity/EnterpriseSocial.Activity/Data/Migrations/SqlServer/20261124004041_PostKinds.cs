using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    internal sealed partial class PostKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BestAnswerId",
                schema: "activity",
                table: "Posts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                schema: "activity",
                table: "Posts",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "MustRead",
                schema: "activity",
                table: "Posts",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PollClosesAt",
                schema: "activity",
                table: "Posts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PollMultipleChoice",
                schema: "activity",
                table: "Posts",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Acknowledgements",
                schema: "activity",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Acknowledgements", x => new { x.PostId, x.PersonId });
                });

            migrationBuilder.CreateTable(
                name: "PollOptions",
                schema: "activity",
                columns: table => new
                {
                    PostSequence = table.Column<long>(type: "bigint", nullable: false),
                    Index = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VoteCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PollOptions", x => new { x.PostSequence, x.Index });
                    table.ForeignKey(
                        name: "FK_PollOptions_Posts_PostSequence",
                        column: x => x.PostSequence,
                        principalSchema: "activity",
                        principalTable: "Posts",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PollVotes",
                schema: "activity",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OptionIndex = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PollVotes", x => new { x.PostId, x.PersonId, x.OptionIndex });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Kind_Sequence",
                schema: "activity",
                table: "Posts",
                columns: new[] { "Kind", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Acknowledgements",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "PollOptions",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "PollVotes",
                schema: "activity");

            migrationBuilder.DropIndex(
                name: "IX_Posts_Kind_Sequence",
                schema: "activity",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "BestAnswerId",
                schema: "activity",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "Kind",
                schema: "activity",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "MustRead",
                schema: "activity",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "PollClosesAt",
                schema: "activity",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "PollMultipleChoice",
                schema: "activity",
                table: "Posts");
        }
    }
}
