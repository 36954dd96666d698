using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EnterpriseSocial.Notifications.Data;

internal abstract class NotificationsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "notifications";

    public override string Schema => SchemaName;

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Inbox> Inboxes => Set<Inbox>();

    public DbSet<NotificationSettings> Settings => Set<NotificationSettings>();

    public DbSet<Mute> Mutes => Set<Mute>();

    public DbSet<DeliveryCount> DeliveryCounts => Set<DeliveryCount>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.ToTable("Notifications");
            notification.HasKey(n => n.Id);
            notification.Property(n => n.Type).HasMaxLength(32);
            notification.Property(n => n.GroupKey).HasMaxLength(Notification.GroupKeyMaxLength);
            notification.Property(n => n.Actors).HasMaxLength(Notification.RememberedActors * 37);
            notification.Property(n => n.Detail).HasMaxLength(32);
            notification.Property(n => n.Reason).HasMaxLength(Notification.ReasonMaxLength);
            notification.HasIndex(n => new { n.RecipientId, n.Sequence }).IsUnique();
            var byChange = notification.HasIndex(n => new { n.RecipientId, n.ChangeSequence }).IsUnique();
            // Only read marks number a change apart from the entry's place, so only their entries need
            // this index: new entries, an announcement's thousand among them, stay out of it (ADR 0041).
            // SQL Server's filtered indexes cannot compare two columns; there it holds every entry.
            if (!Database.IsSqlServer())
            {
                byChange.HasFilter("\"ChangeSequence\" <> \"Sequence\"");
            }

            // Led by the group key, where an event's entries all share one, so that an announcement's
            // thousand entries go into this index side by side, not onto a page of their own each (ADR 0039).
            notification.HasIndex(n => new { n.GroupKey, n.RecipientId }).IsUnique();
            notification.Ignore(n => n.ActorIds);
            notification.Ignore(n => n.IsRead);
        });
        modelBuilder.Entity<Inbox>(inbox =>
        {
            inbox.ToTable("Inboxes");
            inbox.HasKey(i => i.PersonId);
            // SQLite compares these in queries (who has been away) only as numbers.
            if (Database.IsSqlite())
            {
                inbox.Property(i => i.LastSeenAt).HasConversion(new DateTimeOffsetToBinaryConverter());
                inbox.Property(i => i.LastDigestAt).HasConversion(new DateTimeOffsetToBinaryConverter());
            }
        });
        modelBuilder.Entity<NotificationSettings>(settings =>
        {
            settings.ToTable("Settings");
            settings.HasKey(s => s.PersonId);
            settings.Property(s => s.Digest).HasConversion<string>().HasMaxLength(16);
            settings.Property(s => s.TimeZone).HasMaxLength(64);
            settings.Property(s => s.Language).HasMaxLength(8);
            settings.Property(s => s.InAppOff).HasMaxLength(400);
            settings.Property(s => s.EmailOn).HasMaxLength(400);
        });
        modelBuilder.Entity<Mute>(mute =>
        {
            mute.ToTable("Mutes");
            mute.HasKey(m => new { m.PersonId, m.Kind, m.TargetId });
            mute.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        });
        modelBuilder.Entity<DeliveryCount>(count =>
        {
            count.ToTable("DeliveryCounts");
            count.HasKey(c => new { c.Day, c.Type });
            count.Property(c => c.Type).HasMaxLength(32);
        });
    }
}

// One derived context per provider, so that each provider keeps its own migrations.
internal sealed class SqliteNotificationsDbContext(DbContextOptions<SqliteNotificationsDbContext> options) : NotificationsDbContext(options);

internal sealed class PostgreSqlNotificationsDbContext(DbContextOptions<PostgreSqlNotificationsDbContext> options) : NotificationsDbContext(options);

internal sealed class SqlServerNotificationsDbContext(DbContextOptions<SqlServerNotificationsDbContext> options) : NotificationsDbContext(options);
