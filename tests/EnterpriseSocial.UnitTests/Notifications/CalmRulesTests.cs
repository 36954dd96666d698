using EnterpriseSocial.Notifications.Domain;

namespace EnterpriseSocial.UnitTests.Notifications;

public sealed class CalmRulesTests
{
    private static readonly Guid Person = Guid.CreateVersion7();

    // 2026-12-02 is a Wednesday; Paris is UTC+1 in December.
    private static DateTimeOffset ParisTime(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(2, 9, true)]
    [InlineData(2, 7, false)]
    [InlineData(2, 19, false)]
    [InlineData(5, 11, false)]
    [InlineData(6, 11, false)]
    public void E_mail_waits_for_working_days_and_hours_in_the_persons_time_zone(int day, int hour, bool allowed) =>
        Assert.Equal(allowed, NotificationSettings.Defaults(Person, "Europe/Paris", "fr").MayEmail(ParisTime(day, hour)));

    [Fact]
    public void The_same_instant_is_evening_in_one_zone_and_morning_in_another()
    {
        var instant = ParisTime(2, 15);
        Assert.True(NotificationSettings.Defaults(Person, "Europe/Paris", "fr").MayEmail(instant));
        Assert.False(NotificationSettings.Defaults(Person, "Asia/Tokyo", "fr").MayEmail(instant));
    }

    [Fact]
    public void Quiet_hours_may_cross_midnight_and_hold_back_e_mail_even_when_allowed_outside_working_hours()
    {
        var settings = NotificationSettings.Defaults(Person, "Europe/Paris", "fr");
        settings.QuietFrom = new TimeOnly(21, 0);
        settings.QuietUntil = new TimeOnly(7, 30);
        settings.EmailOutsideWorkingHours = true;

        Assert.True(settings.IsQuiet(ParisTime(2, 23)));
        Assert.True(settings.IsQuiet(ParisTime(3, 7, 29)));
        Assert.False(settings.IsQuiet(ParisTime(3, 7, 30)));
        Assert.False(settings.MayEmail(ParisTime(2, 22)));
        Assert.True(settings.MayEmail(ParisTime(5, 12)));
    }

    [Fact]
    public void By_default_everything_is_in_the_app_and_only_what_asks_something_goes_to_the_digest()
    {
        var settings = NotificationSettings.Defaults(Person, "Europe/Paris", "fr");
        Assert.True(settings.InApp("reaction"));
        Assert.False(settings.Email("reaction"));
        Assert.True(settings.Email("mention"));

        settings.Choose([("reaction", false, false), ("mention", true, false), ("follower", true, true)]);
        Assert.False(settings.InApp("reaction"));
        Assert.False(settings.Email("mention"));
        Assert.True(settings.Email("follower"));
    }

    [Fact]
    public void A_group_counts_distinct_people_and_starts_over_once_read()
    {
        var (alice, bob) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var now = ParisTime(2, 10);
        var notification = Notification.Create(new NotificationDraft(Person, "reaction", "reaction:x", alice), 1, now);
        notification.Apply(new NotificationDraft(Person, "reaction", "reaction:x", bob), 2, now);
        notification.Apply(new NotificationDraft(Person, "reaction", "reaction:x", alice), 3, now);

        Assert.Equal(2, notification.ActorCount);
        Assert.Equal([alice, bob], notification.ActorIds);
        Assert.Equal(3, notification.Sequence);

        notification.MarkRead(now, 4);
        Assert.Equal((3, 4), (notification.Sequence, notification.ChangeSequence));
        notification.Apply(new NotificationDraft(Person, "reaction", "reaction:x", bob), 5, now);
        Assert.Equal((5, 5), (notification.Sequence, notification.ChangeSequence));
        Assert.False(notification.IsRead);
        Assert.Equal(1, notification.ActorCount);
        Assert.Equal([bob], notification.ActorIds);
    }

    [Fact]
    public void An_event_handled_late_joins_the_group_without_taking_the_lead()
    {
        var (alice, bob, carol) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var notification = Notification.Create(new NotificationDraft(Person, "reaction", "reaction:x", alice, Detail: "like"), 1, ParisTime(2, 10));
        notification.Apply(new NotificationDraft(Person, "reaction", "reaction:x", carol, Detail: "insightful"), 2, ParisTime(2, 12));
        notification.Apply(new NotificationDraft(Person, "reaction", "reaction:x", bob, Detail: "celebrate"), 3, ParisTime(2, 11));

        Assert.Equal([carol, alice, bob], notification.ActorIds);
        Assert.Equal("insightful", notification.Detail);
        Assert.Equal(ParisTime(2, 12), notification.UpdatedAt);
        Assert.Equal(3, notification.Sequence);
    }
}
