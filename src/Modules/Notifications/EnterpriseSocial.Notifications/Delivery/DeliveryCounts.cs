using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Notifications.Delivery;

/// <summary>The e-mail-avoided measure: one day's deliveries of a type, raised in the caller's transaction.</summary>
internal static class DeliveryCounts
{
    public static async Task AddAsync(NotificationsDbContext db, DateOnly day, string type, int inApp, int emailed, CancellationToken cancellationToken)
    {
        // Raised in the database, so that two nodes counting at once both count.
        var raised = await db.DeliveryCounts.Where(c => c.Day == day && c.Type == type).ExecuteUpdateAsync(
            set => set.SetProperty(c => c.InApp, c => c.InApp + inApp).SetProperty(c => c.Emailed, c => c.Emailed + emailed), cancellationToken);
        if (raised == 0)
        {
            db.DeliveryCounts.Add(new DeliveryCount { Day = day, Type = type, InApp = inApp, Emailed = emailed });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
