using System.Text;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Infrastructure.Outbox;

/// <summary>
/// A node's turn at one module's outbox on PostgreSQL (ADR 0048): nodes sharing the database take
/// turns at each batch instead of reading the same messages and handling them side by side. The
/// turn is a session advisory lock held by the connection that reads the batch; it is given back
/// when the batch is delivered, and by the server when a node dies with its connection. A node whose
/// turn it is not waits for it rather than passing, so that a message its own request just wrote is
/// delivered as soon as the other node's batch is done, not at its next poll.
/// </summary>
internal sealed class OutboxTurn : IAsyncDisposable
{
    private readonly DbContext? holder;
    private readonly long key;

    private OutboxTurn(DbContext? holder, long key) => (this.holder, this.key) = (holder, key);

    /// <summary>Waits for the turn at the schema's outbox; every other provider runs one node or shares batches (ADR 0048).</summary>
    public static async Task<OutboxTurn> TakeAsync(DbContext context, string schema, CancellationToken cancellationToken)
    {
        if (!context.Database.IsNpgsql())
        {
            return new OutboxTurn(null, 0);
        }

        var key = KeyOf(schema);
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", cancellationToken);
        }
        catch
        {
            await context.Database.CloseConnectionAsync();
            throw;
        }

        return new OutboxTurn(context, key);
    }

    public async ValueTask DisposeAsync()
    {
        if (holder is null)
        {
            return;
        }

        try
        {
            await holder.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key})", CancellationToken.None);
        }
        finally
        {
            // Should the unlock have failed, the pool discards the session's locks before the connection serves again.
            await holder.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The same number on every node for the same outbox (FNV-1a of its name; string hashes differ per process).</summary>
    private static long KeyOf(string schema)
    {
        var hash = 14695981039346656037UL;
        foreach (var octet in Encoding.UTF8.GetBytes($"outbox:{schema}"))
        {
            hash = (hash ^ octet) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
