namespace EnterpriseSocial.Activity.Domain;

/// <summary>
/// A post. <see cref="Sequence"/> orders every stream and pages it by keyset; <see cref="Id"/> is
/// what the API shows. A deleted post stays as a tombstone so that its conversation stays readable.
/// </summary>
internal sealed class Post
{
    public const int BodyMaxLength = 10_000;

    public long Sequence { get; private set; }

    public Guid Id { get; private set; }

    public Guid AuthorId { get; private set; }

    public string BodyMarkdown { get; private set; } = string.Empty;

    public string BodyHtml { get; private set; } = string.Empty;

    /// <summary>The body as search reads it (<see cref="SearchableText"/>); null until a post written before search is indexed.</summary>
    public string? SearchText { get; private set; }

    public Guid? SharedPostId { get; private set; }

    /// <summary>The space the post was written in; null for a company-wide post. Its readers are the space's.</summary>
    public Guid? SpaceId { get; private set; }

    public PostKind Kind { get; private set; }

    /// <summary>For a question: the comment its author (or a moderator) marked as the best answer.</summary>
    public Guid? BestAnswerId { get; set; }

    /// <summary>For an announcement: readers are asked to acknowledge it, and its author sees how many did.</summary>
    public bool MustRead { get; private set; }

    public bool PollMultipleChoice { get; private set; }

    public DateTimeOffset? PollClosesAt { get; private set; }

    public List<PollOption> PollOptions { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public int CommentCount { get; set; }

    public ReactionCounts Reactions { get; private set; } = new();

    public List<PostTopic> Topics { get; private set; } = [];

    public List<PostMention> Mentions { get; private set; } = [];

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>When a space's managers pinned the post at the top of their space; null when not pinned.</summary>
    public DateTimeOffset? PinnedAt { get; set; }

    /// <summary>Set when moderators hid the content: its author still sees it, with the reason; nobody else does.</summary>
    public DateTimeOffset? HiddenAt { get; private set; }

    public string? HiddenReason { get; private set; }

    /// <summary>For a praise post, the praise it shows.</summary>
    public Guid? PraiseId { get; private set; }

    public void ShowPraise(Guid praiseId) => PraiseId = praiseId;

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

    public static Post Publish(Guid authorId, RenderedContent content, Guid? sharedPostId, DateTimeOffset now, PostKind kind = PostKind.Post, Guid? spaceId = null)
    {
        var post = new Post { Id = Guid.CreateVersion7(), AuthorId = authorId, SharedPostId = sharedPostId, CreatedAt = now, Kind = kind, SpaceId = spaceId };
        post.SetContent(content);
        return post;
    }

    public void MakePoll(IReadOnlyList<string> options, bool multipleChoice, DateTimeOffset? closesAt)
    {
        PollOptions.AddRange(options.Select((text, index) => new PollOption { Index = index, Text = text }));
        PollMultipleChoice = multipleChoice;
        PollClosesAt = closesAt;
    }

    public void MakeAnnouncement(bool mustRead) => MustRead = mustRead;

    public bool PollClosed(DateTimeOffset now) => PollClosesAt <= now;

    /// <summary>Replaces the body and returns the revision that keeps the previous one visible.</summary>
    public PostRevision Edit(RenderedContent content, DateTimeOffset now)
    {
        var previous = new PostRevision(Id, BodyMarkdown, BodyHtml, EditedAt ?? CreatedAt, now);
        SetContent(content);
        EditedAt = now;
        return previous;
    }

    public void Delete(DateTimeOffset now)
    {
        DeletedAt = now;
        BodyMarkdown = string.Empty;
        BodyHtml = string.Empty;
        SearchText = string.Empty;
        Topics.Clear();
        Mentions.Clear();
    }

    private void SetContent(RenderedContent content)
    {
        BodyMarkdown = content.Markdown;
        BodyHtml = content.Html;
        SearchText = SearchableText.Of(content.Html);
        Topics.RemoveAll(t => !content.Topics.Contains(t.Topic));
        Topics.AddRange(content.Topics.Where(topic => Topics.All(t => t.Topic != topic)).Select(topic => new PostTopic { Topic = topic }));
        Mentions.RemoveAll(m => !content.Mentions.Contains(m.PersonId));
        Mentions.AddRange(content.Mentions.Where(id => Mentions.All(m => m.PersonId != id)).Select(id => new PostMention { PersonId = id }));
    }
}

internal enum PostKind
{
    Post = 0,
    Poll = 1,
    Question = 2,
    Announcement = 3,

    /// <summary>A praise given in the recognition module, shown in streams; never written directly.</summary>
    Praise = 4,
}

internal sealed class PollOption
{
    public const int MaxOptions = 10;
    public const int TextMaxLength = 200;

    public long PostSequence { get; set; }

    public int Index { get; set; }

    public string Text { get; set; } = string.Empty;

    public int VoteCount { get; set; }
}

/// <summary>One person's choice in a poll; a multiple-choice poll has one row per option chosen.</summary>
internal sealed class PollVote
{
    public Guid PostId { get; set; }

    public Guid PersonId { get; set; }

    public int OptionIndex { get; set; }
}

/// <summary>A reader confirmed they read a must-read announcement.</summary>
internal sealed class Acknowledgement
{
    public Guid PostId { get; set; }

    public Guid PersonId { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>What a body of Markdown became: sanitized HTML, the topics it tags and the people it mentions.</summary>
internal sealed record RenderedContent(string Markdown, string Html, IReadOnlyList<string> Topics, IReadOnlyList<Guid> Mentions);

/// <summary>A hashtag on a post; the topic stream reads these by topic, newest first.</summary>
internal sealed class PostTopic
{
    public long PostSequence { get; set; }

    public string Topic { get; set; } = string.Empty;
}

internal sealed class PostMention
{
    public long PostSequence { get; set; }

    public Guid PersonId { get; set; }
}

/// <summary>The body a post had before an edit, so that an edit is visible, never silent.</summary>
internal sealed record PostRevision(Guid PostId, string BodyMarkdown, string BodyHtml, DateTimeOffset WrittenAt, DateTimeOffset ReplacedAt)
{
    public long Sequence { get; private set; }
}

/// <summary>The post a person's <c>Idempotency-Key</c> created, so that a retried request returns it again.</summary>
internal sealed class IdempotencyRecord
{
    public Guid PersonId { get; set; }

    public string Key { get; set; } = string.Empty;

    public Guid PostId { get; set; }

    /// <summary>A hash of the request body: the same key with a different body is refused.</summary>
    public string RequestHash { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
