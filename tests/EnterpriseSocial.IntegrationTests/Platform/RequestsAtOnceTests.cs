using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.IntegrationTests.Platform;

/// <summary>
/// A node works on a bounded number of requests at once; the rest wait their turn in order, or are
/// refused once the queue is full (ADR 0036). File transfers take turns of their own (ADR 0038).
/// </summary>
public sealed class RequestsAtOnceTests
{
    [Fact]
    public async Task Requests_beyond_the_ceiling_wait_their_turn_in_order_and_beyond_the_queue_are_refused()
    {
        var (factory, database) = await HostFactory.EmptyAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["RateLimiting:RequestsAtOnce"] = "1",
            ["RateLimiting:RequestsWaiting"] = "1",
        });
        await using var _ = database;
        await using var __ = factory;
        var limiter = factory.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        HttpContext From(string address) => new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(address) } };

        using var working = await limiter.AcquireAsync(From("10.0.0.1"));
        Assert.True(working.IsAcquired);
        var waiting = limiter.AcquireAsync(From("10.0.0.2")).AsTask();
        Assert.False(waiting.IsCompleted);
        using var refused = await limiter.AcquireAsync(From("10.0.0.3"));
        Assert.False(refused.IsAcquired);

        working.Dispose();
        using var next = await waiting;
        Assert.True(next.IsAcquired);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_download_to_a_slow_reader_holds_a_turn_of_the_transfers_not_of_every_request()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var factory = new HostFactory(database, settings: new Dictionary<string, string?>
        {
            ["RateLimiting:RequestsAtOnce"] = "1",
            ["RateLimiting:TransfersAtOnce"] = "1",
            ["RateLimiting:TransfersWaiting"] = "0",
        });
        var (client, _) = await factory.EmployeeAsync(0);
        using var uploaded = await client.UploadAttachmentAsync(Encoding.UTF8.GetBytes(new string('a', 4 * 1024 * 1024)), "minutes.txt");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var url = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;

        // Its body left unread, as on a slow link: the host waits to write the rest, holding its turn.
        using var slow = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, slow.StatusCode);

        await (await client.GetAsync(url)).AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/activity/mutes")).StatusCode);
    }

    [Fact]
    public async Task Every_endpoint_that_receives_or_serves_a_file_of_any_size_takes_transfer_turns()
    {
        var (factory, database) = await HostFactory.EmptyAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = factory;
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        bool MovesFiles(Endpoint endpoint)
        {
            var context = new DefaultHttpContext();
            context.SetEndpoint(endpoint);
            return context.MovesFiles();
        }

        // Files arrive as forms, the one kind of request the API takes without antiforgery tokens.
        var uploads = endpoints.Where(e => e.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: false }).ToList();
        Assert.Equal(4, uploads.Count);
        Assert.All(uploads, upload => Assert.True(MovesFiles(upload), upload.DisplayName));
        Assert.True(MovesFiles(endpoints.Single(e => e.RoutePattern.RawText == "/api/v1/activity/attachments/{id:guid}/content")));
        Assert.False(MovesFiles(endpoints.Single(e => e.RoutePattern.RawText?.EndsWith("/activity/mutes", StringComparison.Ordinal) == true
            && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)));
    }
}
