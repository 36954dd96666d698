using System.Text;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Infrastructure.Content;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EnterpriseSocial.Activity.Content;

/// <summary>
/// Turns what someone wrote into safe HTML. A mention is written <c>@[Name](person-id)</c> (the
/// composer inserts it) and shows the person's current name, HTML-escaped like any text; a hashtag
/// is <c>#word</c> outside code and links, and links to the company-wide topic.
/// </summary>
internal sealed class PostRenderer(IProfileDirectory directory)
{
    public const int MentionLimit = 50;

    public async Task<RenderedContent> RenderAsync(string markdown, CancellationToken cancellationToken)
    {
        var document = SafeMarkdown.Parse(markdown);
        var mentionLinks = MentionLinks(document);
        var ids = mentionLinks.Select(link => Guid.Parse(link.Url!)).Distinct().ToList();
        var people = (await directory.GetSummariesAsync(ids, cancellationToken)).ToDictionary(p => p.Id);

        foreach (var link in mentionLinks)
        {
            var at = (LiteralInline)link.PreviousSibling!;
            at.Content = new Markdig.Helpers.StringSlice(at.Content.ToString()[..^1]);
            if (people.TryGetValue(Guid.Parse(link.Url!), out var person))
            {
                MakeLink(link, $"/people/{person.Id}", $"@{person.DisplayName}", "mention");
            }
            else
            {
                link.ReplaceBy(new LiteralInline($"@{LabelOf(link)}"));
            }
        }

        var topics = new List<string>();
        foreach (var literal in document.Descendants<LiteralInline>().Where(l => !InsideLink(l)).ToList())
        {
            TagTopics(literal, topics);
        }

        var html = SafeMarkdown.Render(document);
        return new RenderedContent(markdown, html, topics, people.Keys.Where(ids.Contains).ToList());
    }

    /// <summary>Whom an edit mentions that the text it replaces did not, as written there.</summary>
    public static List<Guid> MentionedAnew(string previousMarkdown, RenderedContent edited)
    {
        var before = MentionLinks(SafeMarkdown.Parse(previousMarkdown)).Select(link => Guid.Parse(link.Url!)).ToHashSet();
        return edited.Mentions.Where(person => !before.Contains(person)).ToList();
    }

    private static List<LinkInline> MentionLinks(MarkdownDocument document) => document.Descendants<LinkInline>()
        .Where(link => !link.IsImage && Guid.TryParse(link.Url, out _) && PrecededByAt(link))
        .Take(MentionLimit)
        .ToList();

    private static bool PrecededByAt(LinkInline link) =>
        link.PreviousSibling is LiteralInline literal && literal.Content.ToString().EndsWith('@');

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }

        return false;
    }

    private static string LabelOf(LinkInline link)
    {
        var label = new StringBuilder();
        foreach (var literal in link.Descendants<LiteralInline>())
        {
            label.Append(literal.Content.ToString());
        }

        return label.ToString();
    }

    private static void MakeLink(LinkInline link, string url, string text, string cssClass)
    {
        link.Url = url;
        link.Title = null;
        while (link.FirstChild is { } child)
        {
            child.Remove();
        }

        link.AppendChild(new LiteralInline(text));
        link.GetAttributes().AddClass(cssClass);
    }

    /// <summary>Splits a run of text around its hashtags; "C#" and "&amp;#39;" are not tags.</summary>
    private static void TagTopics(LiteralInline literal, List<string> topics)
    {
        var text = literal.Content.ToString();
        var parts = new List<Inline>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '#' || (i > 0 && (TopicName.IsTopicCharacter(text[i - 1]) || text[i - 1] == '&')))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && TopicName.IsTopicCharacter(text[end]))
            {
                end++;
            }

            if (TopicName.Normalize(text[(i + 1)..end]) is not { } topic)
            {
                continue;
            }

            parts.Add(new LiteralInline(text[start..i]));
            var link = new LinkInline($"/topics/{Uri.EscapeDataString(topic)}", string.Empty);
            link.AppendChild(new LiteralInline(text[i..end]));
            link.GetAttributes().AddClass("hashtag");
            parts.Add(link);
            if (!topics.Contains(topic))
            {
                topics.Add(topic);
            }

            start = i = end;
            i--;
        }

        if (parts.Count == 0)
        {
            return;
        }

        parts.Add(new LiteralInline(text[start..]));
        Inline current = literal;
        foreach (var part in parts)
        {
            current.InsertAfter(part);
            current = part;
        }

        literal.Remove();
    }
}
