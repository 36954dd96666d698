using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace EnterpriseSocial.Notifications.Delivery;

/// <summary>People's saved preferences, or the company's defaults for those who never chose.</summary>
internal sealed class NotificationPreferences(NotificationsDbContext db, IConfiguration configuration)
{
    public string DefaultTimeZone => configuration["Notifications:DefaultTimeZone"] ?? "Europe/Paris";

    public string DefaultLanguage => configuration["Notifications:DefaultLanguage"] ?? "fr";

    public async Task<IReadOnlyDictionary<Guid, NotificationSettings>> ForAsync(IReadOnlyCollection<Guid> people, CancellationToken cancellationToken)
    {
        var ids = people.Distinct().ToList();
        var saved = await db.Settings.AsNoTracking().Where(s => ids.Contains(s.PersonId)).ToDictionaryAsync(s => s.PersonId, cancellationToken);
        return ids.ToDictionary(id => id, id => saved.GetValueOrDefault(id) ?? NotificationSettings.Defaults(id, DefaultTimeZone, DefaultLanguage));
    }

    /// <summary>The person's row, tracked, created with the defaults when they never chose.</summary>
    public async Task<NotificationSettings> ForUpdateAsync(Guid person, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.SingleOrDefaultAsync(s => s.PersonId == person, cancellationToken);
        if (settings is null)
        {
            settings = NotificationSettings.Defaults(person, DefaultTimeZone, DefaultLanguage);
            db.Settings.Add(settings);
        }

        return settings;
    }
}
