namespace EnterpriseSocial.Activity.Features.Feeds;

/// <summary>How home streams are built (section <c>Activity:Feeds</c>); see the fan-out ADR.</summary>
internal sealed class FeedSettings
{
    public const string Section = "Activity:Feeds";

    /// <summary>Authors and topics with more followers than this are merged at read time instead of fanned out.</summary>
    public int LargeAudienceThreshold { get; set; } = 1000;

    /// <summary>How many posts a home timeline keeps; older ones are trimmed, and a rebuild fills it this far.</summary>
    public int TimelineLength { get; set; } = 800;

    /// <summary>About one post in this many trims the timelines it lands in, which keeps them near their length.</summary>
    public int TrimEvery { get; set; } = 32;

    /// <summary>People who have not read their home stream for this long get no fan-out; it is rebuilt when they return.</summary>
    public TimeSpan InactiveAfter { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How long a node remembers what a person follows before asking again.</summary>
    public TimeSpan FollowedSourcesCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a node reuses the newest posts of a large audience before reading them again: a new post
    /// from one reaches home streams read on other nodes within this, and at once on the node that fans it out.
    /// </summary>
    public TimeSpan SharedStreamRefresh { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How many of a large audience's newest posts a node keeps; home pages further back read them from the database.</summary>
    public int SharedStreamLength { get; set; } = 200;
}
