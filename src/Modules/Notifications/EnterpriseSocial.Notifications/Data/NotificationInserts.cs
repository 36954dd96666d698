using System.Data.Common;
using System.Text;
using EnterpriseSocial.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EnterpriseSocial.Notifications.Data;

/// <summary>
/// Inserts new notifications with multi-row statements in the context's transaction, without the
/// change tracker: an announcement creates one row per person, and tracking and saving thousands of
/// entities one by one cost more than the rest of its delivery together. Columns, names and value
/// conversions come from the EF Core model, so the rows are exactly the ones EF Core would write.
/// </summary>
internal static class NotificationInserts
{
    public static async Task InsertAsync(NotificationsDbContext db, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        if (notifications.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(Notification))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (Property: p, Name: p.GetColumnName(table))).Where(c => c.Name is not null).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name!)))}) VALUES ";
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var rows in notifications.Chunk(RowsPerStatement(db, columns.Count)))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head);
            for (var row = 0; row < rows.Length; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Count; column++)
                {
                    var name = $"p{command.Parameters.Count}";
                    text.Append(column == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                    var property = columns[column].Property;
                    command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(
                        command, sql.GenerateParameterName(name), property.GetGetter().GetClrValue(rows[row]), property.IsNullable));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// SQLite binds each parameter by looking its name up among all of the statement's, so a statement
    /// of thousands of parameters binds in quadratic time: it gets a few hundred (about 20 rows), which
    /// costs nothing as it runs in process. Server databases take many rows per statement, within their
    /// parameter limits (SQL Server 2 100, PostgreSQL 65 535), to save round trips.
    /// </summary>
    private static int RowsPerStatement(DbContext db, int columns) => Math.Max(1, db.Database.ProviderName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => 320,
        { } provider when provider.Contains("SqlServer", StringComparison.Ordinal) => 2000,
        _ => 30000,
    } / columns);
}
