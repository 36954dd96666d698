using EnterpriseSocial.Activity.Content;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Profiles.Contracts;

namespace EnterpriseSocial.UnitTests.Activity;

public sealed class PostRendererTests
{
    private static readonly ProfileSummary Alice = new(Guid.CreateVersion7(), "Alice <b>Martin</b>", "Engineer", "R&D", "Lyon", null);

    private sealed class Directory : IProfileDirectory
    {
        public Task<IReadOnlyList<ProfileSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ProfileSummary>>(ids.Contains(Alice.Id) ? [Alice] : []);
    }

    private static Task<RenderedContent> RenderAsync(string markdown) =>
        new PostRenderer(new Directory()).RenderAsync(markdown, CancellationToken.None);

    [Theory]
    [InlineData("#Sécurité first", new[] { "securite" })]
    [InlineData("C# and F# are languages", new string[0])]
    [InlineData("`#notatag` in code", new string[0])]
    [InlineData("```\n#notatag\n```", new string[0])]
    [InlineData("[#notatag](https://example.com)", new string[0])]
    [InlineData("#one, #two and #one again", new[] { "one", "two" })]
    [InlineData("a#b is not a tag but (#yes) is", new[] { "yes" })]
    public async Task Hashtags_are_tags_only_in_running_text(string markdown, string[] topics) =>
        Assert.Equal(topics, (await RenderAsync(markdown)).Topics);

    [Fact]
    public async Task A_mention_shows_the_current_name_escaped_and_an_unknown_one_stays_text()
    {
        var unknown = Guid.CreateVersion7();
        var rendered = await RenderAsync($"Hi @[Al]({Alice.Id}) and @[Bob]({unknown}), see [docs]({Alice.Id})");

        Assert.Contains($"<a href=\"/people/{Alice.Id}\" class=\"mention\" rel=\"noopener noreferrer nofollow\">@Alice &lt;b&gt;Martin&lt;/b&gt;</a>", rendered.Html);
        Assert.Contains("@Bob", rendered.Html);
        Assert.DoesNotContain(unknown.ToString(), rendered.Html);
        Assert.Equal([Alice.Id], rendered.Mentions);
    }

    [Theory]
    [InlineData("Agenda", true)]
    [InlineData("Agenda for @[Alice]({0})", false)]
    [InlineData("Agenda for `@[Alice]({0})`", true)]
    [InlineData("Agenda for [Alice]({0})", true)]
    public async Task An_edit_mentions_anew_whom_the_previous_text_did_not_mention_as_written(string previous, bool anew)
    {
        var edited = await RenderAsync($"Agenda for @[Alice]({Alice.Id})");

        Assert.Equal(anew ? [Alice.Id] : [], PostRenderer.MentionedAnew(previous.Replace("{0}", Alice.Id.ToString(), StringComparison.Ordinal), edited));
    }
}
