using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.UnitTests.Support;

namespace EnterpriseSocial.UnitTests.SharedKernel;

public sealed class BilingualTests
{
    [Fact]
    public void French_keeps_its_spaced_punctuation_to_the_word_before_it()
    {
        var french = InLanguage.Read("fr", () => Bilingual.Text("Too many; why? See \"this\": now!", "Trop ; pourquoi ? Voyez « ceci » : maintenant !"));

        Assert.Equal("Trop\u00A0; pourquoi\u00A0? Voyez «\u00A0ceci\u00A0»\u00A0: maintenant\u00A0!", french);
    }

    [Fact]
    public void English_is_left_as_written()
    {
        Assert.Equal("Too many; why?", InLanguage.Read("en", () => Bilingual.Text("Too many; why?", "Trop ; pourquoi ?")));
    }
}
