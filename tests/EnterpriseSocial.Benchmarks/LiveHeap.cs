using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace EnterpriseSocial.Benchmarks;

/// <summary>
/// The bytes of managed objects alive in another .NET process, counted by a full collection its runtime
/// makes when asked through its diagnostics port (as heap-dump tools ask for one). Resident memory also
/// counts the collector's free space and the pools a burst of connections leaves; this is what the
/// objects themselves take.
/// </summary>
internal static class LiveHeap
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";

    public static async Task<long> BytesAsync(int processId, TimeSpan timeout)
    {
        var keywords = ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect;
        using var session = new DiagnosticsClient(processId)
            .StartEventPipeSession(new EventPipeProvider(RuntimeProvider, EventLevel.Informational, (long)keywords), requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var asked = false;
        var live = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Clr.GCStart += collection =>
            asked |= collection.Depth == 2 && collection.Reason is GCReason.Induced or GCReason.InducedNotForced;
        source.Clr.GCHeapStats += heap =>
        {
            if (asked)
            {
                live.TrySetResult(heap.TotalPromotedSize0 + heap.TotalPromotedSize1 + heap.TotalPromotedSize2
                    + heap.TotalPromotedSize3 + heap.TotalPromotedSize4);
            }
        };
        var reading = Task.Run(source.Process);
        try
        {
            return await live.Task.WaitAsync(timeout);
        }
        finally
        {
            await session.StopAsync(CancellationToken.None);
            await reading;
        }
    }
}
