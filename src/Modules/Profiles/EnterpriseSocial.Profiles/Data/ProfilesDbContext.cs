using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Profiles.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles.Data;

internal abstract class ProfilesDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "profiles";

    public override string Schema => SchemaName;

    public DbSet<Profile> Profiles => Set<Profile>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Profile>(profile =>
        {
            profile.ToTable("Profiles");
            profile.HasKey(p => p.Id);
            profile.Property(p => p.DisplayName).HasMaxLength(Profile.NameMaxLength);
            profile.Property(p => p.Email).HasMaxLength(320);
            profile.Property(p => p.JobTitle).HasMaxLength(Profile.FieldMaxLength);
            profile.Property(p => p.Department).HasMaxLength(Profile.FieldMaxLength);
            profile.Property(p => p.Site).HasMaxLength(Profile.FieldMaxLength);
            profile.Property(p => p.PreferredLanguage).HasMaxLength(8);
            profile.Property(p => p.DirectoryKey).HasMaxLength(Profile.NameMaxLength + 40);
            profile.Property(p => p.SearchText).HasMaxLength(1000);
            profile.HasIndex(p => p.Email).IsUnique();
            profile.HasIndex(p => p.DirectoryKey).IsUnique();
            profile.HasIndex(p => new { p.Department, p.DirectoryKey });
            profile.HasIndex(p => p.ManagerId);
        });
    }
}

// One derived context per provider, so that each provider keeps its own migrations.
internal sealed class SqliteProfilesDbContext(DbContextOptions<SqliteProfilesDbContext> options) : ProfilesDbContext(options);

internal sealed class PostgreSqlProfilesDbContext(DbContextOptions<PostgreSqlProfilesDbContext> options) : ProfilesDbContext(options);

internal sealed class SqlServerProfilesDbContext(DbContextOptions<SqlServerProfilesDbContext> options) : ProfilesDbContext(options);
