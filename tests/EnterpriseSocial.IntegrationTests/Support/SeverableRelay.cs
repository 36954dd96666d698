using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace EnterpriseSocial.IntegrationTests.Support;

/// <summary>
/// A TCP relay on a loopback port in front of a server, standing for the network between a client
/// and the host: it can cut every connection through it as a failing network does (both ends reset,
/// no close handshake), and hold the connections opened after a cut until the network is back.
/// </summary>
public sealed class SeverableRelay : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint server;
    private readonly ConcurrentDictionary<Socket, byte> open = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private TaskCompletionSource networkBack = Back();

    public SeverableRelay(Uri server)
    {
        this.server = new IPEndPoint(server.IsLoopback ? IPAddress.Loopback : IPAddress.Parse(server.Host), server.Port);
        listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        accepting = AcceptAsync();
    }

    public Uri Address { get; }

    /// <summary>Resets every connection open through the relay; the ones opened next wait for <see cref="Restore"/>.</summary>
    /// <returns>How many connections were cut.</returns>
    public int Cut()
    {
        Volatile.Write(ref networkBack, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var cut = 0;
        foreach (var socket in open.Keys)
        {
            if (open.TryRemove(socket, out _))
            {
                socket.LingerState = new LingerOption(enable: true, seconds: 0);
                socket.Dispose();
                cut++;
            }
        }

        return cut / 2;
    }

    public void Restore() => Volatile.Read(ref networkBack).TrySetResult();

    private static TaskCompletionSource Back()
    {
        var back = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        back.SetResult();
        return back;
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await listener.AcceptSocketAsync(stopping.Token);
                _ = RelayAsync(client, Volatile.Read(ref networkBack).Task);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RelayAsync(Socket client, Task networkIsBack)
    {
        using var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using (client)
        {
            try
            {
                await networkIsBack.WaitAsync(stopping.Token);
                await upstream.ConnectAsync(server, stopping.Token);
                open.TryAdd(client, 0);
                open.TryAdd(upstream, 0);
                await Task.WhenAll(PumpAsync(client, upstream), PumpAsync(upstream, client));
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException or OperationCanceledException)
            {
            }
            finally
            {
                open.TryRemove(client, out _);
                open.TryRemove(upstream, out _);
            }
        }
    }

    /// <summary>Copies one direction until its sender closes, then closes the other side's receiving half, as TCP would.</summary>
    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None, stopping.Token)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, stopping.Token);
            }

            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        Cut();
        stopping.Dispose();
    }
}
