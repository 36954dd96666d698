namespace EnterpriseSocial.Identity.Oidc;

internal sealed class IdentitySettings
{
    public const string WebClientId = "enterprisesocial-web";
    public const string ApiScope = "api";

    public const string DevelopmentOrigin = "http://localhost:5080";

    /// <summary>
    /// Origins the web client is served from; its sign-in callbacks are allowed only there. The
    /// first is where e-mailed links point. Empty means the development address.
    /// </summary>
    public string[] WebOrigins { get; set; } = [];

    public string PrimaryOrigin => (WebOrigins.FirstOrDefault() ?? DevelopmentOrigin).TrimEnd('/');

    public IEnumerable<string> AllowedOrigins => WebOrigins.Length == 0 ? [DevelopmentOrigin] : WebOrigins.Select(o => o.TrimEnd('/'));

    /// <summary>
    /// The public address tokens name as their issuer, whatever address a request came in by (ADR
    /// 0042). Empty means the address of each request, which suits one name only: a token issued
    /// through one address is refused through another.
    /// </summary>
    public string Issuer { get; set; } = string.Empty;

    /// <summary>HTTPS is required for the OpenID Connect endpoints except where this is turned off (Development, tests).</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>The administrator created on a first start without demo data.</summary>
    public string FirstAdminEmail { get; set; } = "admin@enterprisesocial.local";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How long a node trusts an access token it validated in full (entries included) before checking
    /// it again. Revocations made on the node apply at once; those made on another node within this.
    /// </summary>
    public TimeSpan TokenRecheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Registered applications: bots and scripts (client credentials) and, with redirect URIs, internal tools that sign people in here.</summary>
    public ServiceClient[] ServiceClients { get; set; } = [];

    /// <summary>The company's identity providers (Entra ID, Okta, Keycloak...) people may sign in through.</summary>
    public ExternalProvider[] ExternalProviders { get; set; } = [];

    public int SignInPermitsPerMinute { get; set; } = 10;

    public int PasswordResetPermitsPerMinute { get; set; } = 5;
}

internal sealed class ServiceClient
{
    public string ClientId { get; set; } = string.Empty;

    public string ClientSecret { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string[] RedirectUris { get; set; } = [];
}

internal sealed class ExternalProvider
{
    /// <summary>Short name used in URLs, e.g. "entra".</summary>
    public string Name { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string Authority { get; set; } = string.Empty;

    public string ClientId { get; set; } = string.Empty;

    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Claim types that carry directory attributes; empty means the attribute does not come from this provider.</summary>
    public ClaimMapping Claims { get; set; } = new();
}

internal sealed class ClaimMapping
{
    public string Name { get; set; } = "name";

    public string Email { get; set; } = "email";

    public string Department { get; set; } = "department";

    public string JobTitle { get; set; } = "job_title";

    public string Site { get; set; } = "office_location";
}
