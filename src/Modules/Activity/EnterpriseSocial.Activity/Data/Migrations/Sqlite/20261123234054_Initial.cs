using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activity_Comments",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentCommentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    EditedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DeletedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ReplyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Reactions_Celebrate = table.Column<int>(type: "INTEGER", nullable: false),
                    Reactions_Curious = table.Column<int>(type: "INTEGER", nullable: false),
                    Reactions_Insightful = table.Column<int>(type: "INTEGER", nullable: false),
                    Reactions_Like = table.Column<int>(type: "INTEGER", nullable: false),
                    Reactions_Support = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_Comments", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "activity_FeedReaders",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastReadAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_FeedReaders", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "activity_IdempotencyRecords",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_IdempotencyRecords", x => new { x.PersonId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "activity_LargeAudiences",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_LargeAudiences", x => new { x.Kind, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "activity_Mutes",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_Mutes", x => new { x.PersonId, x.Kind, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "activity_OutboxMessages",
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
                    table.PrimaryKey("PK_activity_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "activity_PostRevisions",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ReplacedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_PostRevisions", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "activity_Posts",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    SharedPostId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    EditedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DeletedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CommentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Reactions_Celebrate = table.Column<int>(type: "INTEGER", nullable: false),
                    Reactions_Curious = table.Column<int>(type: "INTEGER", nullable: false),
                    Reactions_Insightful = table.Column<int>(type: "INTEGER", nullable: false),
                    Reactions_Like = table.Column<int>(type: "INTEGER", nullable: false),
                    Reactions_Support = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_Posts", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "activity_ProcessedEvents",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_ProcessedEvents", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "activity_Reactions",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_Reactions", x => new { x.PostId, x.CommentId, x.PersonId });
                });

            migrationBuilder.CreateTable(
                name: "activity_SavedPosts",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_SavedPosts", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "activity_Timeline",
                columns: table => new
                {
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_Timeline", x => new { x.OwnerId, x.PostSequence });
                });

            migrationBuilder.CreateTable(
                name: "activity_PostMentions",
                columns: table => new
                {
                    PostSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_PostMentions", x => new { x.PostSequence, x.PersonId });
                    table.ForeignKey(
                        name: "FK_activity_PostMentions_activity_Posts_PostSequence",
                        column: x => x.PostSequence,
                        principalTable: "activity_Posts",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activity_PostTopics",
                columns: table => new
                {
                    PostSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_PostTopics", x => new { x.Topic, x.PostSequence });
                    table.ForeignKey(
                        name: "FK_activity_PostTopics_activity_Posts_PostSequence",
                        column: x => x.PostSequence,
                        principalTable: "activity_Posts",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activity_Comments_Id",
                table: "activity_Comments",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activity_Comments_PostId_Sequence",
                table: "activity_Comments",
                columns: new[] { "PostId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_OutboxMessages_ProcessedAt_Id",
                table: "activity_OutboxMessages",
                columns: new[] { "ProcessedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_PostRevisions_PostId_Sequence",
                table: "activity_PostRevisions",
                columns: new[] { "PostId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_Posts_AuthorId_Sequence",
                table: "activity_Posts",
                columns: new[] { "AuthorId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_Posts_Id",
                table: "activity_Posts",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activity_PostTopics_PostSequence",
                table: "activity_PostTopics",
                column: "PostSequence");

            migrationBuilder.CreateIndex(
                name: "IX_activity_SavedPosts_PersonId_PostId",
                table: "activity_SavedPosts",
                columns: new[] { "PersonId", "PostId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activity_SavedPosts_PersonId_Sequence",
                table: "activity_SavedPosts",
                columns: new[] { "PersonId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_Timeline_OwnerId_AuthorId",
                table: "activity_Timeline",
                columns: new[] { "OwnerId", "AuthorId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_Comments");

            migrationBuilder.DropTable(
                name: "activity_FeedReaders");

            migrationBuilder.DropTable(
                name: "activity_IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "activity_LargeAudiences");

            migrationBuilder.DropTable(
                name: "activity_Mutes");

            migrationBuilder.DropTable(
                name: "activity_OutboxMessages");

            migrationBuilder.DropTable(
                name: "activity_PostMentions");

            migrationBuilder.DropTable(
                name: "activity_PostRevisions");

            migrationBuilder.DropTable(
                name: "activity_PostTopics");

            migrationBuilder.DropTable(
                name: "activity_ProcessedEvents");

            migrationBuilder.DropTable(
                name: "activity_Reactions");

            migrationBuilder.DropTable(
                name: "activity_SavedPosts");

            migrationBuilder.DropTable(
                name: "activity_Timeline");

            migrationBuilder.DropTable(
                name: "activity_Posts");
        }
    }
}
