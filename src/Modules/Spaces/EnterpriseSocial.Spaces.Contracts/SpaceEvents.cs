using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Spaces.Contracts;

/// <summary>Who may see a space's content: anyone in the company, its members, or its members without anyone else knowing it exists.</summary>
public enum SpaceVisibility
{
    Public,
    Private,
    Secret,
}

public sealed record SpaceCreated(Guid SpaceId, string Name, SpaceVisibility Visibility, Guid CreatedBy) : IntegrationEvent;

/// <summary>Raised with the visibility in force after the change; content follows it at once through <see cref="ISpaceAccess"/>.</summary>
public sealed record SpaceVisibilityChanged(Guid SpaceId, SpaceVisibility Visibility, Guid ChangedBy) : IntegrationEvent;

/// <summary>Someone became a member: by joining, by approval of their request, or by invitation (<see cref="InvitedBy"/>).</summary>
public sealed record MemberJoined(Guid SpaceId, Guid PersonId, string Role, Guid? InvitedBy) : IntegrationEvent;

public sealed record MemberLeft(Guid SpaceId, Guid PersonId) : IntegrationEvent;

/// <summary>A manager removed someone, banning them until <see cref="BannedUntil"/> when set.</summary>
public sealed record MemberRemoved(Guid SpaceId, Guid PersonId, Guid RemovedBy, DateTimeOffset? BannedUntil) : IntegrationEvent;

/// <summary>Someone asked to join a private space; its managers decide.</summary>
public sealed record JoinRequested(Guid SpaceId, Guid PersonId) : IntegrationEvent;

/// <summary>A request to join was approved or declined; the requester is told.</summary>
public sealed record JoinRequestDecided(Guid SpaceId, Guid PersonId, bool Approved, Guid DecidedBy) : IntegrationEvent;
