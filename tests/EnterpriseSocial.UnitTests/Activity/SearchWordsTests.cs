using EnterpriseSocial.Activity.Features.Search;

namespace EnterpriseSocial.UnitTests.Activity;

public sealed class SearchWordsTests
{
    [Fact]
    public void The_index_is_asked_for_every_run_of_three_characters_of_the_words_that_have_one()
    {
        Assert.Equal("\"bud\" AND \"udg\" AND \"dge\" AND \"get\"", SearchWords.Query(["budget", "q3"]));
        Assert.Equal("\"bud\" AND \"udg\" AND \"dge\"", SearchWords.Query(["budge", "budg"]));
        Assert.Null(SearchWords.Query(["q3", "ok"]));
    }

    [Fact]
    public void Quotes_are_doubled_and_characters_beyond_two_bytes_count_once()
    {
        Assert.Equal("\"\"\"ab\" AND \"ab\"\"\"", SearchWords.Query(["\"ab\""]));
        Assert.Equal("\"🚀🚀x\"", SearchWords.Query(["🚀🚀x"]));
        Assert.Null(SearchWords.Query(["🚀x"]));
    }
}
