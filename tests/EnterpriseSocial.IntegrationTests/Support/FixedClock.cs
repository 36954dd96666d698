namespace EnterpriseSocial.IntegrationTests.Support;

/// <summary>A clock standing at one moment, for running a recurring pass as if that moment had come.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
