using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;

namespace EnterpriseSocial.Host.Setup;

/// <summary>What every module relies on: HTTP conventions, health, telemetry, security headers.</summary>
internal static class Platform
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        DatabaseSettings.ApplyEmbeddedDefault(builder.Configuration, builder.Environment.ContentRootPath);

        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            // Scopes are written when captured, which appsettings.json turns off (Logging:CaptureScopes, ADR 0013).
            builder.Logging.AddJsonConsole(options => options.IncludeScopes = true);
        }

        builder.Services.Configure<JsonOptions>(options => options.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        builder.Services.AddProblems();
        builder.Services.AddOpenApi();
        builder.Services.AddPlatformRateLimiting(builder.Configuration);
        builder.Services.AddHealthChecks();
        builder.Services.AddRealTime();
        builder.Services.AddRedisWhenConfigured(builder.Configuration);
        builder.AddTelemetry();
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseRealTimeGate(app.Configuration);
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = Problems.StatusOf });
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseHealth();
        app.UseClientFiles();
        app.UseRateLimiter();
        app.UseRequestLanguage();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapRealTime();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api-reference", options => options.WithTitle("EnterpriseSocial API")).AllowAnonymous();
        return app;
    }
}
