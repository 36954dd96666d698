namespace EnterpriseSocial.Profiles.Domain;

/// <summary>
/// Whether employees edit a profile field themselves or it comes from the company directory
/// (single sign-on claims, provisioning). Administrators decide, field by field.
/// </summary>
internal sealed class FieldRule
{
    public static readonly IReadOnlyList<string> Fields =
        ["jobTitle", "department", "site", "phone", "pronouns", "bio", "languages", "skills", "askMeAbout"];

    /// <summary>Without a rule, organisational fields come from the directory and the rest are the person's.</summary>
    public static readonly IReadOnlySet<string> FromDirectoryByDefault = new HashSet<string> { "jobTitle", "department", "site" };

    public string Field { get; set; } = string.Empty;

    public bool EditableByEmployee { get; set; }
}
