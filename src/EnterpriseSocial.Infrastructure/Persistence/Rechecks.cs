namespace EnterpriseSocial.Infrastructure.Persistence;

public static class Rechecks
{
    /// <summary>
    /// Between half and all of <paramref name="interval"/>, at random: what a node learned about many
    /// people at once (when it starts, everyone's) is not all checked again in the same instant.
    /// </summary>
    public static TimeSpan Spread(TimeSpan interval) => interval * (0.5 + (Random.Shared.NextDouble() / 2));
}
