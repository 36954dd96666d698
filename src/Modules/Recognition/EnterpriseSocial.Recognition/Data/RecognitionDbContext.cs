using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Recognition.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Recognition.Data;

internal abstract class RecognitionDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "recognition";

    public override string Schema => SchemaName;

    public DbSet<Badge> Badges => Set<Badge>();

    public DbSet<Praise> Praise => Set<Praise>();

    public DbSet<PraiseReceiver> PraiseReceivers => Set<PraiseReceiver>();

    public DbSet<ContributionFact> Facts => Set<ContributionFact>();

    public DbSet<Award> Awards => Set<Award>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Badge>(badge =>
        {
            badge.ToTable("Badges");
            badge.HasKey(b => b.Id);
            badge.Property(b => b.Kind).HasConversion<string>().HasMaxLength(16);
            badge.Property(b => b.NameFr).HasMaxLength(Badge.NameMaxLength);
            badge.Property(b => b.NameEn).HasMaxLength(Badge.NameMaxLength);
            badge.Property(b => b.DescriptionFr).HasMaxLength(Badge.DescriptionMaxLength);
            badge.Property(b => b.DescriptionEn).HasMaxLength(Badge.DescriptionMaxLength);
            badge.Property(b => b.Value).HasMaxLength(Badge.ValueMaxLength);
            badge.Property(b => b.Icon).HasMaxLength(16);
            badge.Property(b => b.AchievementKey).HasMaxLength(32);
            badge.HasIndex(b => b.AchievementKey).IsUnique();
        });
        modelBuilder.Entity<Praise>(praise =>
        {
            praise.ToTable("Praise");
            praise.HasKey(p => p.Sequence);
            praise.Property(p => p.Sequence).ValueGeneratedOnAdd();
            praise.HasIndex(p => p.Id).IsUnique();
            praise.Property(p => p.Message).HasMaxLength(Domain.Praise.MessageMaxLength);
            praise.Property(p => p.Value).HasMaxLength(Badge.ValueMaxLength);
            praise.HasIndex(p => new { p.SpaceId, p.Sequence });
            praise.HasIndex(p => new { p.GiverId, p.GivenMonth });
            praise.HasMany(p => p.Receivers).WithOne().HasForeignKey(r => r.PraiseSequence);
        });
        modelBuilder.Entity<PraiseReceiver>(receiver =>
        {
            receiver.ToTable("PraiseReceivers");
            receiver.HasKey(r => new { r.PraiseSequence, r.PersonId });
            receiver.Property(r => r.Department).HasMaxLength(200);
            receiver.HasIndex(r => new { r.PersonId, r.PraiseSequence });
        });
        modelBuilder.Entity<ContributionFact>(fact =>
        {
            fact.ToTable("ContributionFacts");
            fact.HasKey(f => new { f.EventId, f.PersonId });
            fact.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
            fact.Property(f => f.Department).HasMaxLength(200);
            fact.Property(f => f.OtherDepartment).HasMaxLength(200);
            fact.HasIndex(f => f.PersonId);
            fact.HasIndex(f => f.OtherPersonId);
            fact.HasIndex(f => f.PostId);
        });
        modelBuilder.Entity<Award>(award =>
        {
            award.ToTable("Awards");
            award.HasKey(a => new { a.PersonId, a.BadgeId });
        });
    }
}

// One derived context per provider, so that each provider keeps its own migrations.
internal sealed class SqliteRecognitionDbContext(DbContextOptions<SqliteRecognitionDbContext> options) : RecognitionDbContext(options);

internal sealed class PostgreSqlRecognitionDbContext(DbContextOptions<PostgreSqlRecognitionDbContext> options) : RecognitionDbContext(options);

internal sealed class SqlServerRecognitionDbContext(DbContextOptions<SqlServerRecognitionDbContext> options) : RecognitionDbContext(options);
