using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Profiles.Contracts;

/// <summary>A person joined the directory.</summary>
public sealed record ProfileCreated(
    Guid ProfileId,
    string DisplayName,
    string Department,
    string Site,
    Guid? ManagerId) : IntegrationEvent;
