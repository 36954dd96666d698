using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Profiles.Domain;

namespace EnterpriseSocial.UnitTests.Profiles;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Hélène", "helene")]
    [InlineData("HÉLÈNE", "helene")]
    [InlineData("  François Légaré ", "francois legare")]
    [InlineData("Maëlle Œuvrard", "maelle ouvrard")]
    [InlineData("Montréal", "montreal")]
    public void Folding_removes_accents_and_case(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void A_profile_is_found_by_its_folded_name_title_department_and_site()
    {
        var profile = Profile.Create(
            Guid.CreateVersion7(), "Zoé Lefèvre", "Zoe.Lefevre@Example.com", "Ingénieure", "Opérations", "Montréal",
            null, "fr", DateTimeOffset.UnixEpoch);

        Assert.Equal("zoe lefevre ingenieure operations montreal", profile.SearchText);
        Assert.Equal("zoe.lefevre@example.com", profile.Email);
        Assert.StartsWith("zoe lefevre#", profile.DirectoryKey, StringComparison.Ordinal);
    }
}
