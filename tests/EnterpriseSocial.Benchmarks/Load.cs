using System.Diagnostics;

namespace EnterpriseSocial.Benchmarks;

internal sealed record LoadResult(int Requests, int Failures, double PerSecond, double P50Ms, double P99Ms)
{
    public override string ToString() =>
        $"{PerSecond,8:F0}/s  p50 {P50Ms,6:F2} ms  p99 {P99Ms,6:F2} ms  ({Requests} requests, {Failures} failed)";
}

/// <summary>Closed-loop load (as fast as the server answers) and open-loop load (at a fixed rate).</summary>
internal static class Load
{
    public static async Task<LoadResult> ClosedAsync(int workers, TimeSpan duration, Func<int, Task<bool>> request)
    {
        var latencies = new List<double>[workers];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            var i = worker;
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                if (!await request(i))
                {
                    Interlocked.Increment(ref failures);
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                i += workers;
            }
        }));
        return Summarize(latencies.SelectMany(l => l).ToList(), failures, clock.Elapsed);
    }

    public static async Task<LoadResult> OpenAsync(double perSecond, TimeSpan duration, Func<int, Task<bool>> request)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var latencies = new double[total];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var index = i;
            // Latency counts from when the request was due, so that a server falling behind shows it.
            var dueTicks = due;
            inFlight.Add(Task.Run(async () =>
            {
                if (!await request(index))
                {
                    Interlocked.Increment(ref failures);
                }

                latencies[index] = (clock.Elapsed - dueTicks).TotalMilliseconds;
            }));
        }

        await Task.WhenAll(inFlight);
        return Summarize(latencies.ToList(), failures, clock.Elapsed);
    }

    public static LoadResult Summarize(List<double> latencies, int failures, TimeSpan elapsed)
    {
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
        return new LoadResult(latencies.Count, failures, latencies.Count / elapsed.TotalSeconds, Percentile(0.50), Percentile(0.99));
    }
}
