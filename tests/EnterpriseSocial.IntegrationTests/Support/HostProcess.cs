using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EnterpriseSocial.IntegrationTests.Support;

/// <summary>
/// The host as a real process on a loopback port, in Development unless its settings name another
/// environment: used where a test needs a second server reached over real HTTP, such as an external
/// identity provider, and by the benchmarks, whose load comes from another process.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;

    private HostProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => process.Id;

    /// <summary>
    /// <paramref name="settings"/> for a host measured as a company runs it, in Production, over a database
    /// already migrated and seeded: Development's checks of every service resolved, its error page and its
    /// extra log providers would stay with every request, and so with every open connection.
    /// </summary>
    public static Dictionary<string, string> InProduction(IReadOnlyDictionary<string, string> settings) =>
        new(settings) { ["ASPNETCORE_ENVIRONMENT"] = "Production" };

    /// <summary>
    /// Starts the host over <paramref name="database"/>, which stays the caller's to dispose, on a free
    /// port or on <paramref name="address"/>: the token issuer is the address, so tokens issued by a
    /// host stopped before stay valid only at the same address.
    /// </summary>
    public static async Task<HostProcess> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string> settings, Uri? address = null)
    {
        address ??= new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet", ["EnterpriseSocial.Host.dll", "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Development migrates and seeds the demo company on a first start; logs stay quiet so that they cost nothing.
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

        var host = new HostProcess(process, address);
        using var http = new HttpClient { BaseAddress = address };
        await Eventually.HoldsAsync(async () =>
        {
            Assert.False(process.HasExited, "The host process exited during start-up.");
            try
            {
                return (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "the host process is ready", TimeSpan.FromMinutes(3));
        return host;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
