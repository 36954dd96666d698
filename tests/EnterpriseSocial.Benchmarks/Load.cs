using System.Diagnostics;
using System.Globalization;

namespace EnterpriseSocial.Benchmarks;

internal sealed record LoadResult(int Requests, int Failures, double PerSecond, double P50Ms, double P99Ms, string? SlowOnes = null)
{
    public override string ToString() =>
        $"{PerSecond,8:F0}/s  p50 {P50Ms,6:F2} ms  p99 {P99Ms,6:F2} ms  ({Requests} requests, {Failures} failed){(SlowOnes is null ? string.Empty : $"; {SlowOnes}")}";
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

    /// <summary>
    /// One client sending the requests in turn, each measured apart: whatever else the host does meanwhile
    /// (a fan-out's backlog, a collection) weighs on all of them alike, as it would not on one after the other.
    /// </summary>
    public static async Task<LoadResult[]> InTurnAsync(TimeSpan duration, params Func<Task<bool>>[] requests)
    {
        var latencies = requests.Select(_ => new List<double>()).ToArray();
        var failures = new int[requests.Length];
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            for (var r = 0; r < requests.Length; r++)
            {
                var started = Stopwatch.GetTimestamp();
                if (!await requests[r]())
                {
                    failures[r]++;
                }

                latencies[r].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return latencies.Select((l, r) => Summarize(l, failures[r], clock.Elapsed)).ToArray();
    }

    /// <summary>
    /// Runs the load in slices until the host's compiler has gone quiet, and says how long that took. A
    /// host compiles a path's hot methods again, optimized, only after they have run a while (tiered
    /// compilation), and the runtime's counters showed that compiling going on inside the measurements
    /// (<c>docs/benchmarks.md</c>, 2026-12-03): warm-up, not the steady state the benchmark reports.
    /// </summary>
    public static Task<TimeSpan> WarmAsync(int hostProcessId, int workers, Func<int, Task<bool>> request) =>
        UntilCompiledAsync(hostProcessId, slice => ClosedAsync(workers, slice, request));

    /// <summary>Runs <paramref name="slice"/> for 2 s at a time until the host's compiler worked less than 5 % of one.</summary>
    public static async Task<TimeSpan> UntilCompiledAsync(int hostProcessId, Func<TimeSpan, Task> slice)
    {
        var clock = Stopwatch.StartNew();
        var length = TimeSpan.FromSeconds(2);
        while (clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            var before = CompilerTime(hostProcessId);
            await slice(length);
            var compiling = CompilerTime(hostProcessId).Sum(t => t.Value - before.GetValueOrDefault(t.Key));
            if (compiling < length.TotalMilliseconds / 20)
            {
                break;
            }
        }

        return clock.Elapsed;
    }

    /// <summary>
    /// CPU milliseconds of the host's tiered-compilation threads, by thread, as Linux reports them: a
    /// compilation thread ends when idle and a new one starts later, so threads are compared one by one.
    /// </summary>
    private static Dictionary<string, double> CompilerTime(int processId)
    {
        const double MillisecondsPerClockTick = 10; // Linux reports CPU time in 1/100 s (USER_HZ).
        var times = new Dictionary<string, double>();
        foreach (var thread in Directory.EnumerateDirectories($"/proc/{processId}/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(thread, "comm")).StartsWith(".NET Tiered", StringComparison.Ordinal))
                {
                    // The fields after the name in parentheses; utime and stime are the 12th and 13th of them.
                    var stat = File.ReadAllText(Path.Combine(thread, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    times[thread] = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * MillisecondsPerClockTick;
                }
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }

        return times;
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
        return Summarize(latencies.ToList(), failures, clock.Elapsed) with { SlowOnes = SlowOnes(latencies, perSecond) };
    }

    /// <summary>
    /// When the requests over 50 ms (the targets' p99) were due, as spans of the phase: a few spans of
    /// many requests are the server stalling now and then; requests spread over the whole phase are a
    /// rate it does not keep up with.
    /// </summary>
    private static string SlowOnes(double[] latencies, double perSecond)
    {
        const double SlowMs = 50;
        var due = latencies.Select((latency, index) => (latency, at: index / perSecond)).Where(r => r.latency > SlowMs).Select(r => r.at).ToList();
        var spans = new List<(double From, double To, int Count)>();
        foreach (var at in due)
        {
            if (spans.Count > 0 && at - spans[^1].To < 1)
            {
                spans[^1] = (spans[^1].From, at, spans[^1].Count + 1);
            }
            else
            {
                spans.Add((at, at, 1));
            }
        }

        return $"{due.Count} over {SlowMs} ms" + (spans.Count == 0 ? string.Empty : ", due " + string.Join(", ",
            spans.Take(8).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.From:F1}–{s.To:F1} s ({s.Count})"))) + (spans.Count > 8 ? ", …" : string.Empty));
    }

    public static LoadResult Summarize(List<double> latencies, int failures, TimeSpan elapsed)
    {
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
        return new LoadResult(latencies.Count, failures, latencies.Count / elapsed.TotalSeconds, Percentile(0.50), Percentile(0.99));
    }
}
