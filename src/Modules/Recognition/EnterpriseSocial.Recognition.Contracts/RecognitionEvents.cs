using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Recognition.Contracts;

/// <summary>
/// Someone praised colleagues with a badge. Departments are as they were at that moment, so that
/// analytics can later see which departments thank which without reading people again.
/// </summary>
public sealed record PraiseGiven(
    Guid PraiseId,
    Guid GiverId,
    string GiverDepartment,
    IReadOnlyList<Guid> ReceiverIds,
    IReadOnlyList<string> ReceiverDepartments,
    Guid BadgeId,
    string? CompanyValue,
    string Message,
    Guid? SpaceId,
    IReadOnlyList<Guid> CopiedManagerIds) : IntegrationEvent;

/// <summary>A person earned an achievement badge from their contribution (<see cref="AchievementKey"/>, e.g. first-best-answer).</summary>
public sealed record BadgeAwarded(Guid PersonId, Guid BadgeId, string AchievementKey) : IntegrationEvent;
