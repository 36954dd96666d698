using EnterpriseSocial.Identity.Domain;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Identity.Data;

internal abstract class IdentityDbContext(DbContextOptions options) : ModuleDbContext(options), IDataProtectionKeyContext
{
    public const string SchemaName = "identity";

    public override string Schema => SchemaName;

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<IdentityRole<Guid>> Roles => Set<IdentityRole<Guid>>();

    public DbSet<IdentityUserRole<Guid>> AccountRoles => Set<IdentityUserRole<Guid>>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        IdentityModel.Configure(modelBuilder);
        modelBuilder.UseOpenIddict<Guid>();
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("AuditEntries");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Action).HasMaxLength(64);
            audit.Property(a => a.Details).HasMaxLength(2000);
            audit.HasIndex(a => a.TargetId);
        });
        modelBuilder.Entity<SigningKey>(key =>
        {
            key.ToTable("SigningKeys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Use).HasMaxLength(8);
        });
        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
    }
}

// One derived context per provider, so that each provider keeps its own migrations.
internal sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class PostgreSqlIdentityDbContext(DbContextOptions<PostgreSqlIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class SqlServerIdentityDbContext(DbContextOptions<SqlServerIdentityDbContext> options) : IdentityDbContext(options);
