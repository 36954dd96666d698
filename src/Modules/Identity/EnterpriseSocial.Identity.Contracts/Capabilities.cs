namespace EnterpriseSocial.Identity.Contracts;

/// <summary>
/// Authorization policy names, one per capability. Endpoints ask for a capability, never for a
/// role, so that what a role may do is decided in one place and spaces can add roles of their own.
/// </summary>
public static class Capabilities
{
    /// <summary>Any signed-in member of the company (employees, HR, admins), not external guests.</summary>
    public const string UseCompanyDirectory = nameof(UseCompanyDirectory);

    /// <summary>
    /// The same as <see cref="UseCompanyDirectory"/>, for images the browser loads by itself
    /// (avatars): it also accepts the browser session, since an img element sends no token.
    /// </summary>
    public const string SeeCompanyImages = nameof(SeeCompanyImages);

    /// <summary>
    /// Anyone signed in, external guests included: spaces, their streams and notifications. What a
    /// guest reaches there is narrowed by the read rules (their own spaces, nothing company-wide).
    /// </summary>
    public const string TakePartInSpaces = nameof(TakePartInSpaces);

    /// <summary>The same as <see cref="TakePartInSpaces"/>, for images and files the browser loads by itself.</summary>
    public const string SeeSpaceImages = nameof(SeeSpaceImages);

    public const string AdministerAccounts = nameof(AdministerAccounts);

    public const string ModeratePlatform = nameof(ModeratePlatform);

    public const string ViewParticipationAnalytics = nameof(ViewParticipationAnalytics);

    public const string ReadAuditLog = nameof(ReadAuditLog);

    /// <summary>Company-wide announcements, which reach everyone's home stream (communication, HR, administrators).</summary>
    public const string PublishAnnouncements = nameof(PublishAnnouncements);
}
