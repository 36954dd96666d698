using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal sealed partial class PostSpace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SpaceId",
                table: "activity_Posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_activity_Posts_SpaceId_Sequence",
                table: "activity_Posts",
                columns: new[] { "SpaceId", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_activity_Posts_SpaceId_Sequence",
                table: "activity_Posts");

            migrationBuilder.DropColumn(
                name: "SpaceId",
                table: "activity_Posts");
        }
    }
}
