using EnterpriseSocial.SharedKernel;
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

    /// <summary>Offboarded: the profile and everything the person wrote stay, shown as a former employee.</summary>
    public bool IsFormerEmployee { get; private set; }

    public void MarkFormerEmployee(bool former) => IsFormerEmployee = former;

    /// <summary>Kept with each follow and unfollow, so profiles show counts without counting 100 000 rows.</summary>
    public int FollowerCount { get; private set; }

    public int FollowingCount { get; private set; }

    /// <summary>0 without an avatar; part of avatar URLs so that a new one is never served from a cache.</summary>
    public int AvatarVersion { get; private set; }

    public string Phone { get; private set; } = string.Empty;

    public string Pronouns { get; private set; } = string.Empty;

    public string BioMarkdown { get; private set; } = string.Empty;

    /// <summary>The bio rendered once, on write, through the sanitizer.</summary>
    public string BioHtml { get; private set; } = string.Empty;

    public List<string> Languages { get; private set; } = [];

    public List<string> Skills { get; private set; } = [];

    public List<string> AskMeAbout { get; private set; } = [];

    public void Edit(ProfileEdit edit)
    {
        JobTitle = edit.JobTitle?.Trim() ?? JobTitle;
        Department = edit.Department?.Trim() ?? Department;
        Site = edit.Site?.Trim() ?? Site;
        Phone = edit.Phone?.Trim() ?? Phone;
        Pronouns = edit.Pronouns?.Trim() ?? Pronouns;
        if (edit.Bio is not null)
        {
            BioMarkdown = edit.Bio.Trim();
            BioHtml = EnterpriseSocial.Infrastructure.Content.SafeMarkdown.ToHtml(BioMarkdown);
        }

        Languages = Tags(edit.Languages) ?? Languages;
        Skills = Tags(edit.Skills) ?? Skills;
        AskMeAbout = Tags(edit.AskMeAbout) ?? AskMeAbout;
        Reindex();
    }

    public void ReportTo(Guid? managerId) => ManagerId = managerId;

    private static List<string>? Tags(IReadOnlyList<string>? values) =>
        values?.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

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
        profile.Reindex();
        return profile;
    }

    /// <summary>What the company's directory says about the person; a null attribute is not managed there.</summary>
    public void ApplyDirectoryAttributes(string displayName, string? jobTitle, string? department, string? site)
    {
        DisplayName = displayName.Trim();
        JobTitle = jobTitle?.Trim() ?? JobTitle;
        Department = department?.Trim() ?? Department;
        Site = site?.Trim() ?? Site;
        Reindex();
    }

    private void Reindex()
    {
        DirectoryKey = $"{TextFolding.Fold(DisplayName)}#{Id:N}";
        SearchText = TextFolding.Fold(string.Join(' ', [DisplayName, JobTitle, Department, Site, .. Skills, .. AskMeAbout]));
    }
}

/// <summary>The fields a person changes on their profile; null leaves a field as it is.</summary>
internal sealed record ProfileEdit(
    string? JobTitle = null,
    string? Department = null,
    string? Site = null,
    string? Phone = null,
    string? Pronouns = null,
    string? Bio = null,
    IReadOnlyList<string>? Languages = null,
    IReadOnlyList<string>? Skills = null,
    IReadOnlyList<string>? AskMeAbout = null);
