using EnterpriseSocial.Infrastructure.Hosting;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.Notifications.Retention;

internal sealed class RetentionOptions
{
    /// <summary>How long an entry is kept after its latest activity, read or not (ADR 0043).</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(180);

    public int KeptForDays => (int)Math.Ceiling(KeepFor.TotalDays);
}

/// <summary>
/// One pass, every hour on each node, deleting the entries whose latest activity is older than <see cref="RetentionOptions.KeepFor"/>.
/// Entries' ids are time-ordered (version 7, from when they were created, which is never after their
/// latest activity), so only the ids below the cutoff's are looked at, a batch at a time.
/// </summary>
internal sealed class RetentionRound(NotificationsDbContext db, IOptions<RetentionOptions> options, TimeProvider clock) : IRecurringWork
{
    private const int Batch = 500;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.KeepFor;
        // SQL Server orders its identifiers by their last bytes first, not by their time: there the pass reads every entry.
        var createdBefore = db.Database.IsSqlServer() ? (Guid?)null : FirstIdAt(cutoff);
        var deleted = 0;
        Guid? after = null;
        while (true)
        {
            var query = db.Notifications.AsNoTracking();
            query = createdBefore is { } bound ? query.Where(n => n.Id.CompareTo(bound) < 0) : query;
            query = after is { } last ? query.Where(n => n.Id.CompareTo(last) > 0) : query;
            var batch = await query.OrderBy(n => n.Id).Take(Batch)
                .Select(n => new { n.Id, n.RecipientId, n.UpdatedAt }).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return deleted;
            }

            after = batch[^1].Id;
            // SQLite cannot compare the stored times: they are compared here.
            var expired = batch.Where(n => n.UpdatedAt < cutoff).ToList();
            if (expired.Count > 0)
            {
                deleted += await DeleteAsync(expired.Select(n => n.Id).ToList(), expired.Select(n => n.RecipientId).Distinct().ToList(), cutoff, cancellationToken);
            }
        }
    }

    /// <summary>The smallest version 7 identifier of the cutoff's millisecond: every entry created before it sorts below.</summary>
    public static Guid FirstIdAt(DateTimeOffset cutoff) => new($"{Guid.CreateVersion7(cutoff).ToString()[..13]}-0000-0000-000000000000");

    /// <summary>
    /// Holds the recipients' inboxes first, as a writer does before it groups new activity into an
    /// entry, so that an entry that has just come back to life is read as such and kept.
    /// </summary>
    private async Task<int> DeleteAsync(List<Guid> ids, List<Guid> recipients, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await InboxCounters.HoldAsync(db, recipients, cancellationToken);
        var stillExpired = (await db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id))
            .Select(n => new { n.Id, n.UpdatedAt }).ToListAsync(cancellationToken))
            .Where(n => n.UpdatedAt < cutoff).Select(n => n.Id).ToList();
        var deleted = await db.Notifications.Where(n => stillExpired.Contains(n.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}

internal static class RetentionRegistration
{
    public static IServiceCollection AddNotificationRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection("Notifications"))
            .Validate(o => o.KeepFor > TimeSpan.Zero, "Notifications:KeepFor must be positive.")
            .ValidateOnStart();
        services.AddRecurringWork<RetentionRound>(_ => TimeSpan.FromHours(1));
        return services;
    }
}
