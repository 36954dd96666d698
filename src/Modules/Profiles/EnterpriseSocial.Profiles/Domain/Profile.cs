namespace EnterpriseSocial.Profiles.Domain;

internal sealed class Profile
{
    public const int NameMaxLength = 200;
    public const int FieldMaxLength = 200;

    private Profile()
    {
    }

    public Guid Id { get; private set; }

    public string DisplayName { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    public string JobTitle { get; private set; } = string.Empty;

    public string Department { get; private set; } = string.Empty;

    public string Site { get; private set; } = string.Empty;

    public Guid? ManagerId { get; private set; }

    /// <summary>"fr" or "en": the language the person reads the product in.</summary>
    public string PreferredLanguage { get; private set; } = "en";

    /// <summary>Unique sort key of the directory: folded name, then id, so keyset paging never ties.</summary>
    public string DirectoryKey { get; private set; } = string.Empty;

    /// <summary>Folded name, title, department and site, searched with a plain substring match.</summary>
    public string SearchText { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public static Profile Create(
        Guid id,
        string displayName,
        string email,
        string jobTitle,
        string department,
        string site,
        Guid? managerId,
        string preferredLanguage,
        DateTimeOffset now)
    {
        var profile = new Profile
        {
            Id = id,
            DisplayName = displayName.Trim(),
            Email = email.Trim().ToLowerInvariant(),
            JobTitle = jobTitle.Trim(),
            Department = department.Trim(),
            Site = site.Trim(),
            ManagerId = managerId,
            PreferredLanguage = preferredLanguage,
            CreatedAt = now,
        };
        profile.DirectoryKey = $"{Domain.SearchText.Fold(profile.DisplayName)}#{id:N}";
        profile.SearchText = Domain.SearchText.Fold(
            string.Join(' ', profile.DisplayName, profile.JobTitle, profile.Department, profile.Site));
        return profile;
    }
}
