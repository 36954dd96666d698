using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Spaces.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Spaces.Data;

internal abstract class SpacesDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "spaces";

    public override string Schema => SchemaName;

    public DbSet<Space> Spaces => Set<Space>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<JoinRequest> JoinRequests => Set<JoinRequest>();

    public DbSet<Ban> Bans => Set<Ban>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Space>(space =>
        {
            space.ToTable("Spaces");
            space.HasKey(s => s.Sequence);
            space.Property(s => s.Sequence).ValueGeneratedOnAdd();
            space.HasIndex(s => s.Id).IsUnique();
            space.Property(s => s.Name).HasMaxLength(Space.NameMaxLength);
            space.Property(s => s.SearchName).HasMaxLength(Space.NameMaxLength);
            space.Property(s => s.Description).HasMaxLength(Space.DescriptionMaxLength);
            space.Property(s => s.Guidelines).HasMaxLength(Space.GuidelinesMaxLength);
            space.Property(s => s.Welcome).HasMaxLength(Space.WelcomeMaxLength);
            space.Property(s => s.Visibility).HasConversion<string>().HasMaxLength(16);
            space.HasIndex(s => new { s.Visibility, s.Sequence });
        });
        modelBuilder.Entity<Membership>(membership =>
        {
            membership.ToTable("Memberships");
            membership.HasKey(m => m.Sequence);
            membership.Property(m => m.Sequence).ValueGeneratedOnAdd();
            membership.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
            membership.Property(m => m.SearchName).HasMaxLength(200);
            membership.HasIndex(m => new { m.SpaceId, m.PersonId }).IsUnique();
            membership.HasIndex(m => new { m.PersonId, m.SpaceId });
        });
        modelBuilder.Entity<JoinRequest>(request =>
        {
            request.ToTable("JoinRequests");
            request.HasKey(r => new { r.SpaceId, r.PersonId });
        });
        modelBuilder.Entity<Ban>(ban =>
        {
            ban.ToTable("Bans");
            ban.HasKey(b => new { b.SpaceId, b.PersonId });
        });
    }
}

// One derived context per provider, so that each provider keeps its own migrations.
internal sealed class SqliteSpacesDbContext(DbContextOptions<SqliteSpacesDbContext> options) : SpacesDbContext(options);

internal sealed class PostgreSqlSpacesDbContext(DbContextOptions<PostgreSqlSpacesDbContext> options) : SpacesDbContext(options);

internal sealed class SqlServerSpacesDbContext(DbContextOptions<SqlServerSpacesDbContext> options) : SpacesDbContext(options);
