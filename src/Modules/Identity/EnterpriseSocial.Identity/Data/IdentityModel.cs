using EnterpriseSocial.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Identity.Data;

/// <summary>
/// The ASP.NET Core Identity tables, mapped here because the module's context derives from the
/// shared module base rather than from the framework's IdentityDbContext.
/// </summary>
internal static class IdentityModel
{
    private const int KeyLength = 128;
    private const int NameLength = 256;

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Account>(account =>
        {
            account.ToTable("Accounts");
            account.HasKey(a => a.Id);
            account.HasIndex(a => a.NormalizedUserName).IsUnique();
            account.HasIndex(a => a.NormalizedEmail);
            account.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
            account.Property(a => a.UserName).HasMaxLength(NameLength);
            account.Property(a => a.NormalizedUserName).HasMaxLength(NameLength);
            account.Property(a => a.Email).HasMaxLength(NameLength);
            account.Property(a => a.NormalizedEmail).HasMaxLength(NameLength);
            account.Property(a => a.DisplayName).HasMaxLength(200);
            account.HasMany<IdentityUserClaim<Guid>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            account.HasMany<IdentityUserLogin<Guid>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            account.HasMany<IdentityUserToken<Guid>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
            account.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        });
        modelBuilder.Entity<IdentityUserClaim<Guid>>(claim =>
        {
            claim.ToTable("AccountClaims");
            claim.HasKey(c => c.Id);
        });
        modelBuilder.Entity<IdentityUserLogin<Guid>>(login =>
        {
            login.ToTable("AccountLogins");
            login.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            login.Property(l => l.LoginProvider).HasMaxLength(KeyLength);
            login.Property(l => l.ProviderKey).HasMaxLength(KeyLength);
        });
        modelBuilder.Entity<IdentityUserToken<Guid>>(token =>
        {
            token.ToTable("AccountTokens");
            token.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            token.Property(t => t.LoginProvider).HasMaxLength(KeyLength);
            token.Property(t => t.Name).HasMaxLength(KeyLength);
        });
        modelBuilder.Entity<IdentityRole<Guid>>(role =>
        {
            role.ToTable("Roles");
            role.HasKey(r => r.Id);
            role.HasIndex(r => r.NormalizedName).IsUnique();
            role.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            role.Property(r => r.Name).HasMaxLength(NameLength);
            role.Property(r => r.NormalizedName).HasMaxLength(NameLength);
            role.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(r => r.RoleId).IsRequired();
            role.HasMany<IdentityRoleClaim<Guid>>().WithOne().HasForeignKey(c => c.RoleId).IsRequired();
        });
        modelBuilder.Entity<IdentityRoleClaim<Guid>>(claim =>
        {
            claim.ToTable("RoleClaims");
            claim.HasKey(c => c.Id);
        });
        modelBuilder.Entity<IdentityUserRole<Guid>>(accountRole =>
        {
            accountRole.ToTable("AccountRoles");
            accountRole.HasKey(r => new { r.UserId, r.RoleId });
        });
    }
}
