using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;

namespace EnterpriseSocial.Identity.Oidc;

/// <summary>
/// ASP.NET Core's authentication middleware offers every request to each scheme that may take a
/// request over, and OpenIddict's server (and its client, with external providers) answers by
/// comparing the request's address with each of its endpoints': a tenth of a signed-in API
/// request's time. None of their endpoints lies under <c>/api</c>, so API requests are offered to
/// the token validation alone, which prepares what its authentication and challenge use.
/// </summary>
internal sealed class ApiRequestSchemes(IOptions<AuthenticationOptions> options, IHttpContextAccessor requests)
    : AuthenticationSchemeProvider(options)
{
    private static readonly PathString Api = "/api";

    /// <summary>The API's share of the base's list, made again only when that list is replaced (a scheme added or removed).</summary>
    private Filtered? filtered;

    public override async Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
    {
        var all = await base.GetRequestHandlerSchemesAsync();
        if (requests.HttpContext?.Request.Path.StartsWithSegments(Api) != true)
        {
            return all;
        }

        var known = filtered;
        if (known is null || !ReferenceEquals(known.All, all))
        {
            known = filtered = new Filtered(all, all.Where(scheme => scheme.Name == OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme).ToArray());
        }

        return known.ForApi;
    }

    private sealed record Filtered(IEnumerable<AuthenticationScheme> All, AuthenticationScheme[] ForApi);
}
