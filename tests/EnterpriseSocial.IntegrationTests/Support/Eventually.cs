namespace EnterpriseSocial.IntegrationTests.Support;

internal static class Eventually
{
    /// <summary>Waits until the condition holds, checking often; fails after the timeout.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (!await condition())
        {
            if (deadline.IsCancellationRequested)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }

            await ticks.WaitForNextTickAsync(CancellationToken.None);
        }
    }
}
