using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnterpriseSocial.Activity.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal sealed partial class PostSpace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SpaceId",
                schema: "activity",
                table: "Posts",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Posts_SpaceId_Sequence",
                schema: "activity",
                table: "Posts",
                columns: new[] { "SpaceId", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_SpaceId_Sequence",
                schema: "activity",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "SpaceId",
                schema: "activity",
                table: "Posts");
        }
    }
}
