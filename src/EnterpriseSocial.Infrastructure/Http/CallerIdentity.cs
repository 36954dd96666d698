using System.Security.Claims;

namespace EnterpriseSocial.Infrastructure.Http;

public static class CallerIdentity
{
    /// <summary>The person behind the request: the token's subject, which is the person's id in every module.</summary>
    public static Guid? PersonId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst("sub")?.Value, out var id) ? id : null;
}
