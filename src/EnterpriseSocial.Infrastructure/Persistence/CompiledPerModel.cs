using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EnterpriseSocial.Infrastructure.Persistence;

/// <summary>
/// A query that EF Core translates once instead of on every call (ADR 0033), for the statements
/// every page runs. EF Core ties a compiled query to the first model it meets and refuses any other,
/// and one process may hold several models of a context (one per database provider), so each model
/// gets its own compilation.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> byModel = [];

    public TQuery For(DbContext db) =>
        byModel.TryGetValue(db.Model, out var query) ? query : byModel.GetValue(db.Model, _ => compile());
}
