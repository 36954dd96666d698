using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Infrastructure.Persistence;

/// <summary>
/// The base of every module's DbContext: its own schema, its outbox and the record of the
/// integration events its handlers have processed.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedEvent> ProcessedEvents => Set<ProcessedEvent>();

    /// <summary>Queues the event in this module's outbox; it is written by the next SaveChanges.</summary>
    public void Publish(IntegrationEvent integrationEvent) =>
        OutboxMessages.Add(OutboxMessage.From(integrationEvent));

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        OutboxMessage.Configure(modelBuilder.Entity<OutboxMessage>());
        ProcessedEvent.Configure(modelBuilder.Entity<ProcessedEvent>());
        ConfigureModel(modelBuilder);

        if (!Database.IsSqlite())
        {
            modelBuilder.HasDefaultSchema(Schema);
        }
        else
        {
            // SQLite has no schemas and every module shares one file, so the schema becomes a prefix.
            foreach (var entity in modelBuilder.Model.GetEntityTypes())
            {
                entity.SetTableName($"{Schema}_{entity.GetTableName()}");
            }
        }
    }
}
