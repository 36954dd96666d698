namespace EnterpriseSocial.Identity.Domain;

/// <summary>Platform-wide roles. Access is granted by capability policies, never by role names in endpoints.</summary>
internal static class PlatformRoles
{
    public const string Employee = "Employee";
    public const string Admin = "Admin";
    public const string Hr = "HR";
    public const string Guest = "Guest";

    public static readonly IReadOnlyList<string> All = [Employee, Admin, Hr, Guest];

    /// <summary>The roles of people inside the company; an account with none of them is an external guest.</summary>
    public static readonly IReadOnlyList<string> Company = [Employee, Admin, Hr];
}
