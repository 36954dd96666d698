using EnterpriseSocial.Infrastructure.Persistence;

namespace EnterpriseSocial.UnitTests.Infrastructure;

public sealed class NodeAnswersTests
{
    private static readonly Guid Someone = Guid.NewGuid();
    private readonly SettableClock clock = new();
    private long writes;

    private NodeAnswers<string> Answers(TimeSpan recheck) => new(() => writes, recheck, clock);

    [Fact]
    public async Task An_answer_is_given_again_for_between_half_and_all_of_the_recheck_interval()
    {
        var answers = Answers(TimeSpan.FromSeconds(2));
        var reads = 0;
        Task<string> Read() => Task.FromResult($"read {++reads}");

        Assert.Equal("read 1", await answers.GetAsync(Someone, Read));
        clock.Advance(TimeSpan.FromSeconds(0.9));
        Assert.Equal("read 1", await answers.GetAsync(Someone, Read));
        clock.Advance(TimeSpan.FromSeconds(1.1));
        Assert.Equal("read 2", await answers.GetAsync(Someone, Read));
    }

    [Fact]
    public void Rechecks_are_spread_over_the_second_half_of_their_interval()
    {
        var spread = Enumerable.Range(0, 1000).Select(_ => Rechecks.Spread(TimeSpan.FromSeconds(10))).ToList();

        Assert.All(spread, interval => Assert.InRange(interval, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)));
        Assert.True(spread.Distinct().Count() > 100);
    }

    [Fact]
    public async Task A_write_or_a_forget_on_this_node_makes_every_answer_read_again()
    {
        var answers = Answers(TimeSpan.FromMinutes(1));
        await answers.GetAsync(Someone, () => Task.FromResult("before"));

        writes++;
        Assert.False(answers.TryGet(Someone, out _));
        await answers.GetAsync(Someone, () => Task.FromResult("after the write"));
        Assert.True(answers.TryGet(Someone, out var kept));
        Assert.Equal("after the write", kept);

        answers.Forget();
        Assert.False(answers.TryGet(Someone, out _));
    }

    [Fact]
    public async Task An_answer_read_while_something_changed_is_not_kept()
    {
        var answers = Answers(TimeSpan.FromMinutes(1));
        await answers.GetAsync(Someone, () =>
        {
            // The change commits after the read began: what was read may predate it.
            writes++;
            return Task.FromResult("maybe stale");
        });

        Assert.False(answers.TryGet(Someone, out _));
    }

    [Fact]
    public async Task A_zero_interval_keeps_nothing()
    {
        var answers = Answers(TimeSpan.Zero);
        await answers.GetAsync(Someone, () => Task.FromResult("once"));

        Assert.False(answers.TryGet(Someone, out _));
    }

    private sealed class SettableClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
