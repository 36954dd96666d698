using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.UnitTests.Support;

namespace EnterpriseSocial.UnitTests.Activity;

public sealed class ModerationReasonsTests
{
    private static string? Described(string culture, string? reason) => InLanguage.Read(culture, () => ModerationReasons.Describe(reason));

    [Fact]
    public void The_platforms_own_reasons_are_worded_in_the_readers_language()
    {
        Assert.Equal("Reported by 4 people; hidden until a moderator reviews it.", Described("en", ModerationReasons.Reported(4)));
        Assert.Equal("Signalé par 4 personnes\u00A0; masqué jusqu'à l'examen d'un modérateur.", Described("fr", ModerationReasons.Reported(4)));
        Assert.Equal("Matched the keyword rule \"budget: secret\".", Described("en", ModerationReasons.KeywordRule("budget: secret")));
        Assert.Equal("Correspond à la règle de mots-clés «\u00A0budget: secret\u00A0».", Described("fr", ModerationReasons.KeywordRule("budget: secret")));
        Assert.Equal("Removed by a moderator.", Described("en", ModerationReasons.RemovedByModerator));
        Assert.Equal("Supprimé par un modérateur.", Described("fr", ModerationReasons.RemovedByModerator));
    }

    [Theory]
    [InlineData("Breaks the charter")]
    [InlineData("Ne respecte pas la charte")]
    [InlineData("")]
    [InlineData(null)]
    public void A_reason_a_person_wrote_is_shown_as_written(string? reason)
    {
        Assert.Equal(reason, Described("fr", reason));
        Assert.Equal(reason, Described("en", reason));
    }
}
