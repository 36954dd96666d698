using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Identity.Contracts;

/// <summary>A person got an account (invitation, single sign-on or first run); their profile follows from it.</summary>
public sealed record AccountCreated(
    Guid AccountId,
    string Email,
    string DisplayName,
    string? JobTitle,
    string? Department,
    string? Site) : IntegrationEvent;

/// <summary>Directory attributes that came from the company's identity provider at sign-in.</summary>
public sealed record AccountDirectoryAttributesChanged(
    Guid AccountId,
    string DisplayName,
    string? JobTitle,
    string? Department,
    string? Site) : IntegrationEvent;

public sealed record AccountDeactivated(Guid AccountId) : IntegrationEvent;

public sealed record AccountReactivated(Guid AccountId) : IntegrationEvent;
