using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Features.Attachments;
using EnterpriseSocial.Infrastructure.Storage;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>
/// Uploads no post took are deleted, row and file, once kept long enough, and a deleted post's attachments
/// at once; attached and scheduled ones stay.
/// </summary>
public abstract class DiscardedAttachmentTests(HostFixture host)
{
    [Fact]
    public async Task An_upload_no_post_took_is_deleted_after_its_delay_and_attached_or_scheduled_ones_stay()
    {
        var (author, _) = await host.Factory.EmployeeAsync(9);
        var abandoned = await UploadAsync(author, "draft notes.txt");
        var attached = await UploadAsync(author, "minutes.txt");
        var scheduled = await UploadAsync(author, "agenda.txt");
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Minutes", attachmentIds = new[] { attached } })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await author.PostAsJsonAsync("/api/v1/activity/posts",
            new { body = "Agenda", attachmentIds = new[] { scheduled }, publishAt = DateTimeOffset.UtcNow.AddDays(3) })).StatusCode);
        var abandonedKey = await StorageKeyAsync(abandoned);

        Assert.Equal(0, await RunPassAsync(DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync(ContentUrl(abandoned))).StatusCode);

        var keptFor = host.Factory.Services.GetRequiredService<IOptions<AttachmentSettings>>().Value.UnattachedKeptFor;
        Assert.Equal(1, await RunPassAsync(DateTimeOffset.UtcNow + keptFor + TimeSpan.FromMinutes(1)));

        await (await author.GetAsync(ContentUrl(abandoned))).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Null(await host.Factory.Services.GetRequiredService<IFileStore>().ReadAsync(abandonedKey, CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync(ContentUrl(attached))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync(ContentUrl(scheduled))).StatusCode);
    }

    [Fact]
    public async Task A_deleted_posts_attachments_are_deleted_with_their_files()
    {
        var (author, _) = await host.Factory.EmployeeAsync(10);
        var attachment = await UploadAsync(author, "budget.txt");
        var post = (await (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Budget", attachmentIds = new[] { attachment } }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        var key = await StorageKeyAsync(attachment);
        Assert.Equal(0, await RunPassAsync(DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"/api/v1/activity/posts/{post}")).StatusCode);

        Assert.Equal(1, await RunPassAsync(DateTimeOffset.UtcNow));
        Assert.Null(await host.Factory.Services.GetRequiredService<IFileStore>().ReadAsync(key, CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync($"/api/v1/activity/posts/{post}")).StatusCode);
    }

    private static string ContentUrl(Guid attachment) => $"/api/v1/activity/attachments/{attachment}/content";

    private static async Task<Guid> UploadAsync(HttpClient client, string fileName)
    {
        using var response = await client.UploadAttachmentAsync(Encoding.UTF8.GetBytes($"Notes {Guid.NewGuid():N}"), fileName);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
    }

    private async Task<string> StorageKeyAsync(Guid attachment)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ActivityDbContext>().Attachments.Where(a => a.Id == attachment)
            .Select(a => a.StorageKey).SingleAsync();
    }

    /// <summary>A pass of the hourly cleanup, run as if it were <paramref name="now"/>.</summary>
    private async Task<int> RunPassAsync(DateTimeOffset now)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<DiscardedAttachments>(scope.ServiceProvider, new FixedClock(now)).RunAsync(CancellationToken.None);
    }
}

public sealed class SqliteDiscardedAttachmentTests(SqliteHost host) : DiscardedAttachmentTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlDiscardedAttachmentTests(PostgreSqlHost host) : DiscardedAttachmentTests(host), IClassFixture<PostgreSqlHost>;
