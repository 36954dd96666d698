namespace EnterpriseSocial.Profiles.Contracts;

/// <summary>How other modules read people: by batches of ids, in one query.</summary>
public interface IProfileDirectory
{
    /// <summary>The summaries of the given people; unknown ids are left out.</summary>
    Task<IReadOnlyList<ProfileSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}

public sealed record ProfileSummary(
    Guid Id,
    string DisplayName,
    string JobTitle,
    string Department,
    string Site,
    Guid? ManagerId);
