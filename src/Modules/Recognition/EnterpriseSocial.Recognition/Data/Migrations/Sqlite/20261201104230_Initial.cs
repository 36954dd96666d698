using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Recognition.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "recognition_Awards",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BadgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwardedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recognition_Awards", x => new { x.PersonId, x.BadgeId });
                });

            migrationBuilder.CreateTable(
                name: "recognition_Badges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NameFr = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DescriptionFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Icon = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ImageVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    AchievementKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recognition_Badges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recognition_ContributionFacts",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OtherPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OtherDepartment = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsFirst = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recognition_ContributionFacts", x => new { x.EventId, x.PersonId });
                });

            migrationBuilder.CreateTable(
                name: "recognition_OutboxMessages",
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
                    table.PrimaryKey("PK_recognition_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recognition_Praise",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GiverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BadgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Value = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    GivenMonth = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recognition_Praise", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "recognition_ProcessedEvents",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recognition_ProcessedEvents", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "recognition_PraiseReceivers",
                columns: table => new
                {
                    PraiseSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HiddenFromProfile = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recognition_PraiseReceivers", x => new { x.PraiseSequence, x.PersonId });
                    table.ForeignKey(
                        name: "FK_recognition_PraiseReceivers_recognition_Praise_PraiseSequence",
                        column: x => x.PraiseSequence,
                        principalTable: "recognition_Praise",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_recognition_Badges_AchievementKey",
                table: "recognition_Badges",
                column: "AchievementKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_recognition_ContributionFacts_OtherPersonId",
                table: "recognition_ContributionFacts",
                column: "OtherPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_recognition_ContributionFacts_PersonId",
                table: "recognition_ContributionFacts",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_recognition_ContributionFacts_PostId",
                table: "recognition_ContributionFacts",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_recognition_OutboxMessages_ProcessedAt_Id",
                table: "recognition_OutboxMessages",
                columns: new[] { "ProcessedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_recognition_Praise_GiverId_GivenMonth",
                table: "recognition_Praise",
                columns: new[] { "GiverId", "GivenMonth" });

            migrationBuilder.CreateIndex(
                name: "IX_recognition_Praise_Id",
                table: "recognition_Praise",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_recognition_Praise_SpaceId_Sequence",
                table: "recognition_Praise",
                columns: new[] { "SpaceId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_recognition_PraiseReceivers_PersonId_PraiseSequence",
                table: "recognition_PraiseReceivers",
                columns: new[] { "PersonId", "PraiseSequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "recognition_Awards");

            migrationBuilder.DropTable(
                name: "recognition_Badges");

            migrationBuilder.DropTable(
                name: "recognition_ContributionFacts");

            migrationBuilder.DropTable(
                name: "recognition_OutboxMessages");

            migrationBuilder.DropTable(
                name: "recognition_PraiseReceivers");

            migrationBuilder.DropTable(
                name: "recognition_ProcessedEvents");

            migrationBuilder.DropTable(
                name: "recognition_Praise");
        }
    }
}
