using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Spaces.Data;
using Microsoft.Extensions.Configuration;

namespace EnterpriseSocial.Spaces.Access;

/// <summary>
/// What the access rule reads on nearly every request, kept by this node (ADR 0035): the public spaces,
/// and the spaces each person belongs to. Read again after any write to the spaces' tables on this node,
/// and after <c>Spaces:AccessRecheckInterval</c> (2 s by default) for writes made on other nodes.
/// </summary>
internal sealed class SpacesOnNode(ModuleWrites writes, IConfiguration configuration, TimeProvider clock)
{
    public NodeAnswers<IReadOnlySet<Guid>> Public { get; } = new(writes.Of<SpacesDbContext>, Recheck(configuration), clock);

    public NodeAnswers<IReadOnlySet<Guid>> MemberOf { get; } = new(writes.Of<SpacesDbContext>, Recheck(configuration), clock);

    private static TimeSpan Recheck(IConfiguration configuration) => configuration.GetValue("Spaces:AccessRecheckInterval", TimeSpan.FromSeconds(2));
}
