using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;

namespace EnterpriseSocial.IntegrationTests.Identity;

/// <summary>API requests are offered to the token validation only; OpenID Connect endpoints to every scheme that may take a request over.</summary>
public sealed class ApiRequestSchemesTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Theory]
    [InlineData("/api/v1/activity/feeds/home", new[] { OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme })]
    [InlineData("/api", new[] { OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme })]
    [InlineData("/connect/token", new[] { OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme })]
    [InlineData("/.well-known/openid-configuration", new[] { OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme })]
    [InlineData("/apis", new[] { OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme })]
    public async Task A_request_is_offered_to_the_schemes_whose_endpoints_it_may_be(string path, string[] expected)
    {
        var requests = host.Factory.Services.GetRequiredService<IHttpContextAccessor>();
        var schemes = host.Factory.Services.GetRequiredService<IAuthenticationSchemeProvider>();

        requests.HttpContext = new DefaultHttpContext { Request = { Path = path } };
        var offered = (await schemes.GetRequestHandlerSchemesAsync()).Select(scheme => scheme.Name).Order().ToArray();
        requests.HttpContext = null;

        Assert.Equal(expected.Order().ToArray(), offered);
    }
}
