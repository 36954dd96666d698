namespace EnterpriseSocial.Activity.Domain;

/// <summary>A comment on a post, or a reply to a comment: conversations have one level of replies.</summary>
internal sealed class Comment
{
    public const int BodyMaxLength = 5_000;

    public long Sequence { get; private set; }

    public Guid Id { get; private set; }

    public Guid PostId { get; private set; }

    public Guid? ParentCommentId { get; private set; }

    public Guid AuthorId { get; private set; }

    public string BodyMarkdown { get; private set; } = string.Empty;

    public string BodyHtml { get; private set; } = string.Empty;

    /// <summary>The body as search reads it (<see cref="SearchableText"/>); null until a comment written before search is indexed.</summary>
    public string? SearchText { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public ReactionCounts Reactions { get; private set; } = new();

    public int ReplyCount { get; set; }

    /// <summary>Set when moderators hid the content: its author still sees it, with the reason; nobody else does.</summary>
    public DateTimeOffset? HiddenAt { get; private set; }

    public string? HiddenReason { get; private set; }

    public void Hide(string reason, DateTimeOffset now)
    {
        HiddenAt = now;
        HiddenReason = reason;
    }

    public void Restore()
    {
        HiddenAt = null;
        HiddenReason = null;
    }

    public static Comment Write(Guid postId, Guid? parentCommentId, Guid authorId, RenderedContent content, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        PostId = postId,
        ParentCommentId = parentCommentId,
        AuthorId = authorId,
        BodyMarkdown = content.Markdown,
        BodyHtml = content.Html,
        SearchText = SearchableText.Of(content.Html),
        CreatedAt = now,
    };

    public void Edit(RenderedContent content, DateTimeOffset now)
    {
        BodyMarkdown = content.Markdown;
        BodyHtml = content.Html;
        SearchText = SearchableText.Of(content.Html);
        EditedAt = now;
    }

    public void Delete(DateTimeOffset now)
    {
        DeletedAt = now;
        BodyMarkdown = string.Empty;
        BodyHtml = string.Empty;
        SearchText = string.Empty;
    }
}
