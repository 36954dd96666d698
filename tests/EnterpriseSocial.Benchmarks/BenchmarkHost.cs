using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.Benchmarks;

/// <summary>The host as its own process on loopback, so that the load comes from another process.</summary>
internal sealed class BenchmarkHost : IAsyncDisposable
{
    private readonly Process process;

    private BenchmarkHost(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => process.Id;

    /// <summary>
    /// Starts the host on a free port, or on the address of a host stopped before: the token issuer is
    /// the address, so tokens issued by that host stay valid only at the same address.
    /// </summary>
    public static async Task<BenchmarkHost> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string> settings, Uri? address = null)
    {
        if (address is null)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            address = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        }

        var start = new ProcessStartInfo("dotnet", ["EnterpriseSocial.Host.dll", "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Development migrates and seeds the demo company at start; logs stay quiet so that they cost nothing.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in database.Settings().Select(s => (s.Key, s.Value!)).Concat(settings.Select(s => (s.Key, s.Value))))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine($"host: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited || deadline.Elapsed > TimeSpan.FromMinutes(3))
            {
                throw new InvalidOperationException("The host did not become ready.");
            }

            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return new BenchmarkHost(process, address);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
