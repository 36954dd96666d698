namespace EnterpriseSocial.Host.Setup;

internal static class ClientApp
{
    private static readonly string[] ServerPrefixes = ["/api", "/hubs", "/health", "/openapi", "/api-reference", "/connect", "/signin-external"];

    /// <summary>
    /// The built web client's files, served before authentication: the sign-in page must load
    /// for someone who is not signed in. Hashed assets are cached for a year, index.html never.
    /// </summary>
    public static IApplicationBuilder UseClientFiles(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.CacheControl = context.File.Name == "index.html"
                    ? "no-cache"
                    : context.Context.Request.Path.StartsWithSegments("/assets")
                        ? "public, max-age=31536000, immutable"
                        : "public, max-age=3600";
            },
        });

    /// <summary>Any path that is not the server's own falls back to the client's router.</summary>
    public static WebApplication MapClient(this WebApplication app)
    {
        app.MapUnknownApiRoutes();
        app.MapFallback(async context =>
        {
            var index = app.Environment.WebRootFileProvider.GetFileInfo("index.html");
            if (ServerPrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix)) || !index.Exists)
            {
                await TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found").ExecuteAsync(context);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.SendFileAsync(index, context.RequestAborted);
        }).AllowAnonymous();
        return app;
    }
}
