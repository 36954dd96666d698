namespace EnterpriseSocial.Activity.Domain;

/// <summary>The reactions people may give; one per person per post or comment, changeable.</summary>
internal static class ReactionKinds
{
    public const string Like = "like";
    public const string Celebrate = "celebrate";
    public const string Insightful = "insightful";
    public const string Support = "support";
    public const string Curious = "curious";

    public static readonly IReadOnlyList<string> All = [Like, Celebrate, Insightful, Support, Curious];
}

/// <summary>Counts kept on the post or comment itself, so that a stream page needs no aggregation.</summary>
internal sealed class ReactionCounts
{
    public int Like { get; set; }

    public int Celebrate { get; set; }

    public int Insightful { get; set; }

    public int Support { get; set; }

    public int Curious { get; set; }

    public Dictionary<string, int> ToDictionary() => new()
    {
        [ReactionKinds.Like] = Like,
        [ReactionKinds.Celebrate] = Celebrate,
        [ReactionKinds.Insightful] = Insightful,
        [ReactionKinds.Support] = Support,
        [ReactionKinds.Curious] = Curious,
    };

    public void Add(string kind, int delta)
    {
        switch (kind)
        {
            case ReactionKinds.Like: Like += delta; break;
            case ReactionKinds.Celebrate: Celebrate += delta; break;
            case ReactionKinds.Insightful: Insightful += delta; break;
            case ReactionKinds.Support: Support += delta; break;
            case ReactionKinds.Curious: Curious += delta; break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a reaction.");
        }
    }
}

/// <summary>One person's reaction to a post (<see cref="CommentId"/> empty) or to a comment.</summary>
internal sealed class Reaction
{
    public Guid PostId { get; set; }

    public Guid CommentId { get; set; }

    public Guid PersonId { get; set; }

    public string Kind { get; set; } = ReactionKinds.Like;

    public DateTimeOffset CreatedAt { get; set; }
}
