using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace EnterpriseSocial.Host.Setup;

internal static class Telemetry
{
    /// <summary>
    /// Traces and metrics are collected when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is configured, and leave
    /// the process over OTLP; without it nothing would read them, and tracing tags every request (the
    /// framework's own meters stay readable by <c>dotnet-counters</c>). A hub request lasts as long as its
    /// WebSocket, so it is not traced as one long span.
    /// </summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("EnterpriseSocial"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context =>
                    !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments(LiveHub.Path))
                .AddHttpClientInstrumentation()
                .AddSource("EnterpriseSocial.*"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("EnterpriseSocial.*"))
            .UseOtlpExporter();
        return builder;
    }
}
