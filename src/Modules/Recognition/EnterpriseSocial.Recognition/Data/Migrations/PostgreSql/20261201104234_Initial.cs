using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EnterpriseSocial.Recognition.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal sealed partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "recognition");

            migrationBuilder.CreateTable(
                name: "Awards",
                schema: "recognition",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    BadgeId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Awards", x => new { x.PersonId, x.BadgeId });
                });

            migrationBuilder.CreateTable(
                name: "Badges",
                schema: "recognition",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    NameFr = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DescriptionFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DescriptionEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Value = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Icon = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ImageVersion = table.Column<int>(type: "integer", nullable: false),
                    AchievementKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Badges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContributionFacts",
                schema: "recognition",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    OtherPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OtherDepartment = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsFirst = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContributionFacts", x => new { x.EventId, x.PersonId });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "recognition",
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
                name: "Praise",
                schema: "recognition",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GiverId = table.Column<Guid>(type: "uuid", nullable: false),
                    BadgeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SpaceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Value = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GivenMonth = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Praise", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedEvents",
                schema: "recognition",
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
                name: "PraiseReceivers",
                schema: "recognition",
                columns: table => new
                {
                    PraiseSequence = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HiddenFromProfile = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PraiseReceivers", x => new { x.PraiseSequence, x.PersonId });
                    table.ForeignKey(
                        name: "FK_PraiseReceivers_Praise_PraiseSequence",
                        column: x => x.PraiseSequence,
                        principalSchema: "recognition",
                        principalTable: "Praise",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Badges_AchievementKey",
                schema: "recognition",
                table: "Badges",
                column: "AchievementKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContributionFacts_OtherPersonId",
                schema: "recognition",
                table: "ContributionFacts",
                column: "OtherPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ContributionFacts_PersonId",
                schema: "recognition",
                table: "ContributionFacts",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ContributionFacts_PostId",
                schema: "recognition",
                table: "ContributionFacts",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_Id",
                schema: "recognition",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Praise_GiverId_GivenMonth",
                schema: "recognition",
                table: "Praise",
                columns: new[] { "GiverId", "GivenMonth" });

            migrationBuilder.CreateIndex(
                name: "IX_Praise_Id",
                schema: "recognition",
                table: "Praise",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Praise_SpaceId_Sequence",
                schema: "recognition",
                table: "Praise",
                columns: new[] { "SpaceId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_PraiseReceivers_PersonId_PraiseSequence",
                schema: "recognition",
                table: "PraiseReceivers",
                columns: new[] { "PersonId", "PraiseSequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Awards",
                schema: "recognition");

            migrationBuilder.DropTable(
                name: "Badges",
                schema: "recognition");

            migrationBuilder.DropTable(
                name: "ContributionFacts",
                schema: "recognition");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "recognition");

            migrationBuilder.DropTable(
                name: "PraiseReceivers",
                schema: "recognition");

            migrationBuilder.DropTable(
                name: "ProcessedEvents",
                schema: "recognition");

            migrationBuilder.DropTable(
                name: "Praise",
                schema: "recognition");
        }
    }
}
