using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EnterpriseSocial.IntegrationTests.Support;

/// <summary>Keeps what the host logs, for tests that read it.</summary>
public sealed class CapturedLogs : ILoggerProvider, ILogger
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Messages.Enqueue(formatter(state, exception));

    public void Dispose()
    {
    }
}
