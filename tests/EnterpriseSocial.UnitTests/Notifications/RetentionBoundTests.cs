using EnterpriseSocial.Notifications.Retention;

namespace EnterpriseSocial.UnitTests.Notifications;

public sealed class RetentionBoundTests
{
    private static readonly DateTimeOffset Cutoff = new(2026, 6, 7, 8, 9, 10, 123, TimeSpan.Zero);

    [Fact]
    public void Every_entry_created_before_the_cutoff_sorts_below_its_bound_and_none_created_from_it_on()
    {
        var bound = RetentionRound.FirstIdAt(Cutoff).ToString();
        for (var i = 0; i < 1000; i++)
        {
            Assert.True(string.CompareOrdinal(Guid.CreateVersion7(Cutoff.AddMilliseconds(-1)).ToString(), bound) < 0);
            Assert.True(string.CompareOrdinal(Guid.CreateVersion7(Cutoff).ToString(), bound) >= 0);
            Assert.True(string.CompareOrdinal(Guid.CreateVersion7(Cutoff.AddDays(30)).ToString(), bound) > 0);
        }
    }
}
