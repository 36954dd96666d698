using EnterpriseSocial.SharedKernel;

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
    Guid? ManagerId,
    bool IsFormerEmployee = false,
    int AvatarVersion = 0);

/// <summary>How another module provisions people it learns about from the directory, such as demo accounts.</summary>
public interface IPeopleRoster
{
    /// <summary>Everyone in the directory, a page at a time in directory order.</summary>
    Task<CursorPage<PersonContact>> ListAsync(string? cursor, int limit, CancellationToken cancellationToken);

    /// <summary>The people currently working in a department (its exact name), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Guid>> InDepartmentAsync(string department, int limit, CancellationToken cancellationToken);

    /// <summary>How to reach these people (former employees left out), for e-mail.</summary>
    Task<IReadOnlyList<PersonContact>> ContactsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>How many people currently work for the company (former employees left out).</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);
}

public sealed record PersonContact(Guid Id, string Email, string DisplayName, string JobTitle);
