using System.Security.Claims;
using EnterpriseSocial.Identity.Features.ExternalSignIn;
using EnterpriseSocial.Identity.Oidc;

namespace EnterpriseSocial.UnitTests.Identity;

public sealed class DirectoryAttributesTests
{
    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));

    [Fact]
    public void Claims_are_read_through_the_provider_mapping()
    {
        var mapping = new ClaimMapping { Department = "dept", JobTitle = "title", Site = "" };
        var attributes = DirectoryAttributes.From(
            Principal(("name", " Hélène Dubois "), ("dept", "Finance"), ("title", "Contrôleuse de gestion"), ("office_location", "Lyon")),
            mapping, "helene.dubois@example.com");

        Assert.Equal(new DirectoryAttributes("Hélène Dubois", "Contrôleuse de gestion", "Finance", null), attributes);
        Assert.True(attributes.HasDirectoryData);
    }

    [Fact]
    public void Without_a_name_claim_the_address_stands_in_and_nothing_is_claimed_from_the_directory()
    {
        var attributes = DirectoryAttributes.From(Principal(("email", "x@example.com")), new ClaimMapping(), "x@example.com");

        Assert.Equal("x@example.com", attributes.DisplayName);
        Assert.False(attributes.HasDirectoryData);
    }
}
