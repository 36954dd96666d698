using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal sealed partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "activity");

            migrationBuilder.CreateTable(
                name: "Comments",
                schema: "activity",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentCommentId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EditedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReplyCount = table.Column<int>(type: "integer", nullable: false),
                    Reactions_Celebrate = table.Column<int>(type: "integer", nullable: false),
                    Reactions_Curious = table.Column<int>(type: "integer", nullable: false),
                    Reactions_Insightful = table.Column<int>(type: "integer", nullable: false),
                    Reactions_Like = table.Column<int>(type: "integer", nullable: false),
                    Reactions_Support = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Comments", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "FeedReaders",
                schema: "activity",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastReadAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedReaders", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                schema: "activity",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestHash = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => new { x.PersonId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "LargeAudiences",
                schema: "activity",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LargeAudiences", x => new { x.Kind, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "Mutes",
                schema: "activity",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mutes", x => new { x.PersonId, x.Kind, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "activity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PostRevisions",
                schema: "activity",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "text", nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReplacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostRevisions", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "Posts",
                schema: "activity",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    SharedPostId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EditedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CommentCount = table.Column<int>(type: "integer", nullable: false),
                    Reactions_Celebrate = table.Column<int>(type: "integer", nullable: false),
                    Reactions_Curious = table.Column<int>(type: "integer", nullable: false),
                    Reactions_Insightful = table.Column<int>(type: "integer", nullable: false),
                    Reactions_Like = table.Column<int>(type: "integer", nullable: false),
                    Reactions_Support = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Posts", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedEvents",
                schema: "activity",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedEvents", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "Reactions",
                schema: "activity",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reactions", x => new { x.PostId, x.CommentId, x.PersonId });
                });

            migrationBuilder.CreateTable(
                name: "SavedPosts",
                schema: "activity",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    PostSequence = table.Column<long>(type: "bigint", nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedPosts", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "Timeline",
                schema: "activity",
                columns: table => new
                {
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    PostSequence = table.Column<long>(type: "bigint", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Timeline", x => new { x.OwnerId, x.PostSequence });
                });

            migrationBuilder.CreateTable(
                name: "PostMentions",
                schema: "activity",
                columns: table => new
                {
                    PostSequence = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostMentions", x => new { x.PostSequence, x.PersonId });
                    table.ForeignKey(
                        name: "FK_PostMentions_Posts_PostSequence",
                        column: x => x.PostSequence,
                        principalSchema: "activity",
                        principalTable: "Posts",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostTopics",
                schema: "activity",
                columns: table => new
                {
                    PostSequence = table.Column<long>(type: "bigint", nullable: false),
                    Topic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostTopics", x => new { x.Topic, x.PostSequence });
                    table.ForeignKey(
                        name: "FK_PostTopics_Posts_PostSequence",
                        column: x => x.PostSequence,
                        principalSchema: "activity",
                        principalTable: "Posts",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_Id",
                schema: "activity",
                table: "Comments",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Comments_PostId_Sequence",
                schema: "activity",
                table: "Comments",
                columns: new[] { "PostId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_Id",
                schema: "activity",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PostRevisions_PostId_Sequence",
                schema: "activity",
                table: "PostRevisions",
                columns: new[] { "PostId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_AuthorId_Sequence",
                schema: "activity",
                table: "Posts",
                columns: new[] { "AuthorId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Id",
                schema: "activity",
                table: "Posts",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostTopics_PostSequence",
                schema: "activity",
                table: "PostTopics",
                column: "PostSequence");

            migrationBuilder.CreateIndex(
                name: "IX_SavedPosts_PersonId_PostId",
                schema: "activity",
                table: "SavedPosts",
                columns: new[] { "PersonId", "PostId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SavedPosts_PersonId_Sequence",
                schema: "activity",
                table: "SavedPosts",
                columns: new[] { "PersonId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Timeline_OwnerId_AuthorId",
                schema: "activity",
                table: "Timeline",
                columns: new[] { "OwnerId", "AuthorId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Comments",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "FeedReaders",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "LargeAudiences",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "Mutes",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "PostMentions",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "PostRevisions",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "PostTopics",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "ProcessedEvents",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "Reactions",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "SavedPosts",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "Timeline",
                schema: "activity");

            migrationBuilder.DropTable(
                name: "Posts",
                schema: "activity");
        }
    }
}
