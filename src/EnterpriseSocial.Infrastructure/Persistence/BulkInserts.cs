using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace EnterpriseSocial.Infrastructure.Persistence;

/// <summary>
/// Inserts many new rows of one entity in the context's transaction, without the change tracker,
/// in each database's fastest way: where one event creates a row per person (an announcement's
/// notifications), tracking and saving thousands of entities cost more than the rest of its handling.
/// Columns, names and value conversions come from the EF Core model, so the rows are exactly the
/// ones EF Core would write.
/// </summary>
public static class BulkInserts
{
    public static async Task BulkInsertAsync<TEntity>(this DbContext db, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(TEntity))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.GetColumnName(table) is not null)
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping())).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"{sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))})";
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // Opening counts: a connection the caller's transaction holds open stays open afterwards.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (connection is NpgsqlConnection npgsql)
            {
                await CopyAsync(npgsql, head, columns, rows, cancellationToken);
            }
            else if (db.Database.IsSqlite())
            {
                await OneByOneAsync(connection, transaction, $"INSERT INTO {head} VALUES ", columns, sql, rows, cancellationToken);
            }
            else
            {
                await ManyPerStatementAsync(connection, transaction, $"INSERT INTO {head} VALUES ", columns, sql, rows, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// PostgreSQL's binary <c>COPY</c>, in the connection's open transaction: one stream of rows, no
    /// statement to parse, no parameters; each column's values go with the type EF Core's mapping
    /// gives its parameters, found once per column.
    /// </summary>
    private static async Task CopyAsync<TEntity>(
        NpgsqlConnection connection, string head, List<Column> columns, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        await using var typing = connection.CreateCommand();
        var types = new NpgsqlDbType?[columns.Count];
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {head} FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            for (var index = 0; index < columns.Count; index++)
            {
                if (columns[index].ProviderValue(row) is not { } value)
                {
                    await writer.WriteNullAsync(cancellationToken);
                    continue;
                }

                types[index] ??= ((NpgsqlParameter)columns[index].CreateParameter(typing, "p", row)).NpgsqlDbType;
                await writer.WriteAsync(value, types[index]!.Value, cancellationToken);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// SQLite runs in process, so a statement costs no round trip: one single-row statement, prepared
    /// once and executed again for each row with new values, is its fastest way to insert. A
    /// mapping configures a parameter the same way whatever its value, so only values change.
    /// </summary>
    private static async Task OneByOneAsync<TEntity>(
        DbConnection connection, DbTransaction? transaction, string insert, List<Column> columns, ISqlGenerationHelper sql,
        IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = columns.Select((_, index) => $"p{index}").ToList();
        command.CommandText = $"{insert}({string.Join(", ", names.Select(sql.GenerateParameterNamePlaceholder))})";
        for (var index = 0; index < columns.Count; index++)
        {
            command.Parameters.Add(columns[index].CreateParameter(command, sql.GenerateParameterName(names[index]), rows[0]));
        }

        foreach (var row in rows)
        {
            for (var index = 0; index < columns.Count; index++)
            {
                command.Parameters[index].Value = columns[index].ProviderValue(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>SQL Server: many rows per statement, within its limit of 2 100 parameters, to save round trips.</summary>
    private static async Task ManyPerStatementAsync<TEntity>(
        DbConnection connection, DbTransaction? transaction, string insert, List<Column> columns, ISqlGenerationHelper sql,
        IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        foreach (var chunk in rows.Chunk(Math.Max(1, 2000 / columns.Count)))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(insert);
            for (var row = 0; row < chunk.Length; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var index = 0; index < columns.Count; index++)
                {
                    var name = $"p{command.Parameters.Count}";
                    text.Append(index == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                    command.Parameters.Add(columns[index].CreateParameter(command, sql.GenerateParameterName(name), chunk[row]));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping)
    {
        public DbParameter CreateParameter(DbCommand command, string name, object row) =>
            Mapping.CreateParameter(command, name, Property.GetGetter().GetClrValue(row), Property.IsNullable);

        /// <summary>The value as the database stores it: after the mapping's converter, as <see cref="CreateParameter"/> does.</summary>
        public object? ProviderValue(object row) => Property.GetGetter().GetClrValue(row) is { } value
            ? Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value
            : null;
    }
}
