using EnterpriseSocial.Notifications.Domain;

namespace EnterpriseSocial.UnitTests.Notifications;

public sealed class InboxTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void What_the_app_fetched_is_noted_up_to_the_last_number_taken()
    {
        var inbox = new Inbox { LastSequence = 10, SeenSequence = 4, LastSeenAt = Noon };
        inbox.Saw(12, Noon.AddSeconds(5));
        Assert.Equal(10, inbox.SeenSequence);
        Assert.Equal(Noon.AddSeconds(5), inbox.LastSeenAt);
    }

    [Fact]
    public void A_visit_without_news_is_noted_again_only_a_minute_after_the_last_one()
    {
        var inbox = new Inbox { LastSequence = 10, SeenSequence = 10, LastSeenAt = Noon };
        inbox.Saw(10, Noon.AddSeconds(59));
        Assert.Equal(Noon, inbox.LastSeenAt);

        inbox.Saw(10, Noon.AddMinutes(1));
        Assert.Equal(Noon.AddMinutes(1), inbox.LastSeenAt);
    }

    [Fact]
    public void A_first_visit_is_always_noted()
    {
        var inbox = new Inbox { LastSequence = 3 };
        inbox.Saw(0, Noon);
        Assert.Equal(Noon, inbox.LastSeenAt);
    }
}
