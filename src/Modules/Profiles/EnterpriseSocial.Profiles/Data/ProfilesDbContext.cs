using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Profiles.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles.Data;

internal abstract class ProfilesDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "profiles";

    public override string Schema => SchemaName;

    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<Follow> Follows => Set<Follow>();

    public DbSet<TopicFollow> TopicFollows => Set<TopicFollow>();

    public DbSet<FieldRule> FieldRules => Set<FieldRule>();

    public DbSet<Avatar> Avatars => Set<Avatar>();

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
            profile.Property(p => p.SearchText).HasMaxLength(4000);
            profile.Property(p => p.Phone).HasMaxLength(50);
            profile.Property(p => p.Pronouns).HasMaxLength(40);
            profile.Property(p => p.BioMarkdown).HasMaxLength(4000);
            profile.Property(p => p.BioHtml).HasMaxLength(20000);
            profile.HasIndex(p => p.Email).IsUnique();
            profile.HasIndex(p => p.DirectoryKey).IsUnique();
            profile.HasIndex(p => new { p.Department, p.DirectoryKey });
            profile.HasIndex(p => p.ManagerId);
        });
        modelBuilder.Entity<Follow>(follow =>
        {
            follow.ToTable("Follows");
            follow.HasKey(f => f.Sequence);
            follow.Property(f => f.Sequence).ValueGeneratedOnAdd();
            follow.HasIndex(f => new { f.FollowerId, f.FolloweeId }).IsUnique();
            follow.HasIndex(f => new { f.FolloweeId, f.Sequence });
            follow.HasIndex(f => new { f.FollowerId, f.Sequence });
        });
        modelBuilder.Entity<Avatar>(avatar =>
        {
            avatar.ToTable("Avatars");
            avatar.HasKey(a => new { a.ProfileId, a.Size });
        });
        modelBuilder.Entity<FieldRule>(rule =>
        {
            rule.ToTable("FieldRules");
            rule.HasKey(r => r.Field);
            rule.Property(r => r.Field).HasMaxLength(40);
        });
        modelBuilder.Entity<TopicFollow>(topic =>
        {
            topic.ToTable("TopicFollows");
            topic.HasKey(t => t.Sequence);
            topic.Property(t => t.Sequence).ValueGeneratedOnAdd();
            topic.Property(t => t.Topic).HasMaxLength(TopicFollow.TopicMaxLength);
            topic.HasIndex(t => new { t.FollowerId, t.Topic }).IsUnique();
            topic.HasIndex(t => new { t.Topic, t.Sequence });
        });
    }
}

// One derived context per provider, so that each provider keeps its own migrations.
internal sealed class SqliteProfilesDbContext(DbContextOptions<SqliteProfilesDbContext> options) : ProfilesDbContext(options);

internal sealed class PostgreSqlProfilesDbContext(DbContextOptions<PostgreSqlProfilesDbContext> options) : ProfilesDbContext(options);

internal sealed class SqlServerProfilesDbContext(DbContextOptions<SqlServerProfilesDbContext> options) : ProfilesDbContext(options);
