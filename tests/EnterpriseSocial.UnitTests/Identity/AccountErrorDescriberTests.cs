using EnterpriseSocial.Identity.Domain;
using EnterpriseSocial.UnitTests.Support;
using Microsoft.AspNetCore.Identity;

namespace EnterpriseSocial.UnitTests.Identity;

public sealed class AccountErrorDescriberTests
{
    private static readonly Func<IdentityErrorDescriber, IdentityError>[] Refusals =
    [
        d => d.ConcurrencyFailure(),
        d => d.InvalidUserName("a b"),
        d => d.InvalidEmail("nobody"),
        d => d.DuplicateUserName("ada"),
        d => d.DuplicateEmail("ada@example.com"),
        d => d.PasswordTooShort(12),
        d => d.PasswordRequiresUniqueChars(4),
        d => d.PasswordRequiresNonAlphanumeric(),
        d => d.PasswordRequiresDigit(),
        d => d.PasswordRequiresLower(),
        d => d.PasswordRequiresUpper(),
    ];

    [Fact]
    public void In_english_it_says_what_the_framework_says_with_the_same_codes()
    {
        var ours = InLanguage.Read("en", () => Refusals.Select(refusal => refusal(new AccountErrorDescriber())).ToList());
        var framework = InLanguage.Read("en", () => Refusals.Select(refusal => refusal(new IdentityErrorDescriber())).ToList());

        Assert.Equal(framework.Select(e => (e.Code, e.Description)), ours.Select(e => (e.Code, e.Description)));
    }

    [Fact]
    public void In_french_every_refusal_is_french()
    {
        var english = InLanguage.Read("en", () => Refusals.Select(refusal => refusal(new AccountErrorDescriber()).Description).ToList());
        var french = InLanguage.Read("fr-FR", () => Refusals.Select(refusal => refusal(new AccountErrorDescriber()).Description).ToList());

        Assert.All(english.Zip(french), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.Equal("Le mot de passe doit comporter au moins 12 caractères.", french[5]);
    }
}
