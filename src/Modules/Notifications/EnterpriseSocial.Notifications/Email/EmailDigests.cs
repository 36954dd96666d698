using EnterpriseSocial.Infrastructure.Email;
using EnterpriseSocial.Infrastructure.Hosting;
using EnterpriseSocial.Notifications.Contracts;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Delivery;
using EnterpriseSocial.Notifications.Domain;
using EnterpriseSocial.Notifications.Features.Inbox;
using EnterpriseSocial.Profiles.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.Notifications.Email;

internal sealed class DigestOptions
{
    /// <summary>Someone whose app has not fetched their notifications for this long is away.</summary>
    public TimeSpan AwayAfter { get; set; } = TimeSpan.FromHours(4);

    public TimeSpan MustReadEmailAfter { get; set; } = TimeSpan.FromDays(2);

    public TimeSpan DigestInterval { get; set; } = TimeSpan.FromMinutes(10);

    public int MaxItems { get; set; } = 20;
}

/// <summary>
/// One pass over the people who have been away: each gets at most one e-mail, holding what the app
/// has not shown them and no earlier e-mail held, when their digest is due or a must-read
/// announcement has waited too long, and only when their clock and preferences allow e-mail.
/// </summary>
internal sealed class DigestRound(
    NotificationsDbContext db, NotificationPreferences preferences, NotificationViews views, IPeopleRoster people,
    IEmailOutbox outbox, IOptions<DigestOptions> options, IConfiguration configuration, TimeProvider clock) : IRecurringWork
{
    private const int Batch = 200;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var awaySince = now - options.Value.AwayAfter;
        var sent = 0;
        Guid? after = null;
        while (true)
        {
            var query = db.Inboxes.Where(i => i.LastSequence > i.SeenSequence && (i.LastSeenAt == null || i.LastSeenAt < awaySince));
            query = after is { } last ? query.Where(i => i.PersonId.CompareTo(last) > 0) : query;
            var inboxes = await query.OrderBy(i => i.PersonId).Take(Batch).ToListAsync(cancellationToken);
            if (inboxes.Count == 0)
            {
                return sent;
            }

            after = inboxes[^1].PersonId;
            var settings = await preferences.ForAsync(inboxes.Select(i => i.PersonId).ToList(), cancellationToken);
            foreach (var inbox in inboxes.Where(i => settings[i.PersonId].MayEmail(now)))
            {
                sent += await MailAsync(inbox, settings[inbox.PersonId], now, cancellationToken) ? 1 : 0;
            }
        }
    }

    private async Task<bool> MailAsync(Inbox inbox, NotificationSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var digestDue = settings.Digest != DigestFrequency.Never
            && (inbox.LastDigestAt is not { } lastDigest || now - lastDigest >= (settings.Digest == DigestFrequency.Weekly ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1)));
        var unseen = await db.Notifications.Where(n => n.RecipientId == inbox.PersonId && n.Sequence > inbox.SeenSequence && n.ReadAt == null)
            .OrderByDescending(n => n.Sequence).Take(options.Value.MaxItems * 2).ToListAsync(cancellationToken);
        var wanted = unseen.Where(n => n.EmailedSequence != n.Sequence && settings.Email(n.Type))
            .Where(n => digestDue || (n.Type == NotificationTypes.Announcement && n.Detail == "must-read" && now - n.CreatedAt >= options.Value.MustReadEmailAfter))
            .ToList();
        var items = (await views.ViewAsync(inbox.PersonId, wanted, cancellationToken)).Take(options.Value.MaxItems).ToList();
        var contact = items.Count == 0 ? null : (await people.ContactsAsync([inbox.PersonId], cancellationToken)).SingleOrDefault();
        if (contact is null)
        {
            return false;
        }

        outbox.Enqueue(new EmailMessage(
            contact.Email,
            DigestText.Subject(settings.Language, items.Count, mustReadOnly: !digestDue),
            DigestText.Body(settings.Language, contact.DisplayName, items, AppUrl)));
        var included = items.Select(i => i.Id).ToHashSet();
        foreach (var notification in wanted.Where(n => included.Contains(n.Id)))
        {
            notification.MarkEmailed();
        }

        inbox.LastDigestAt = digestDue ? now : inbox.LastDigestAt;
        await DeliveryCounts.AddAsync(db, DateOnly.FromDateTime(now.UtcDateTime), digestDue ? "digest" : NotificationTypes.Announcement, 0, 1, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private string AppUrl => (configuration.GetSection("Identity:WebOrigins").Get<string[]>()?.FirstOrDefault() ?? "http://localhost:5080").TrimEnd('/');
}

internal static class EmailDigestRegistration
{
    public static IServiceCollection AddEmailDigests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEmail(configuration);
        services.Configure<DigestOptions>(configuration.GetSection("Notifications"));
        services.AddRecurringWork<DigestRound>(provider => provider.GetRequiredService<IOptions<DigestOptions>>().Value.DigestInterval);
        return services;
    }
}
