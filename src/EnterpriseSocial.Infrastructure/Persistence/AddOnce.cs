using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Infrastructure.Persistence;

public static class AddOnce
{
    /// <summary>
    /// Adds and saves a row unless one matching <paramref name="existing"/> is there already. A
    /// concurrent request that adds the same row first makes the unique key refuse this one; the
    /// outcome is the same, so that is not an error.
    /// </summary>
    public static async Task AddOnceAsync<T>(this DbContext db, T row, Expression<Func<T, bool>> existing, CancellationToken cancellationToken)
        where T : class
    {
        if (await db.Set<T>().AnyAsync(existing, cancellationToken))
        {
            return;
        }

        db.Set<T>().Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.Set<T>().AnyAsync(existing, cancellationToken))
            {
                throw;
            }
        }
    }
}
