using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Support;
using SkiaSharp;

namespace EnterpriseSocial.IntegrationTests.Activity;

public abstract class AttachmentTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient author = null!;
    private HttpClient reader = null!;

    public async Task InitializeAsync()
    {
        (author, _) = await host.Factory.EmployeeAsync(7);
        (reader, _) = await host.Factory.EmployeeAsync(8);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonElement> UploadedAsync(HttpClient client, byte[] content, string fileName)
    {
        var response = await client.UploadAttachmentAsync(content, fileName);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Coral);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
    }

    private Task<JsonElement> PostWithAsync(params Guid[] attachments) =>
        author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "With attachments", attachmentIds = attachments })
            .ContinueWith(t => t.Result.Content.ReadFromJsonAsync<JsonElement>()).Unwrap();

    [Fact]
    public async Task Images_are_re_encoded_and_shown_only_to_people_who_see_the_post()
    {
        var image = await UploadedAsync(author, Jpeg(3000, 1500), "holiday.jpg");
        Assert.Equal("image", image.GetProperty("kind").GetString());
        Assert.Equal("image/webp", image.GetProperty("contentType").GetString());
        Assert.Equal(2048, image.GetProperty("width").GetInt32());
        var url = image.GetProperty("url").GetString()!;
        await (await reader.GetAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound);

        var post = await PostWithAsync(image.Id());
        Assert.Equal(image.Id(), post.GetProperty("attachments")[0].Id());

        var seen = await reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal("image/webp", seen.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", seen.Headers.GetValues("X-Content-Type-Options").Single());
        using (var decoded = SKBitmap.Decode(await seen.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(1024, decoded.Height);
        }

        await author.DeleteAsync($"/api/v1/activity/posts/{post.Id()}");
        await (await reader.GetAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Files_are_served_as_downloads()
    {
        var pdf = await UploadedAsync(author, Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF"), "report.pdf");
        await PostWithAsync(pdf.Id());

        var download = await reader.GetAsync(pdf.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("report.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Bad_files_are_refused_by_content_and_size()
    {
        await (await author.UploadAttachmentAsync([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes("<script>alert(1)</script>")], "cat.png"))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await author.UploadAttachmentAsync(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "notes.txt"))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await author.UploadAttachmentAsync(Encoding.UTF8.GetBytes("<svg onload=alert(1)/>"), "logo.svg"))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await author.UploadAttachmentAsync([0x4D, 0x5A, 0x90, 0x00, 0x03], "setup.pdf")).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await author.UploadAttachmentAsync(new byte[26 * 1024 * 1024], "huge.pdf")).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Only_your_own_unattached_uploads_can_be_attached()
    {
        var mine = await UploadedAsync(reader, Encoding.UTF8.GetBytes("name,team\nAda,R&D\n"), "team.csv");
        var response = await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Not mine", attachmentIds = new[] { mine.Id() } });
        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var used = await UploadedAsync(author, Encoding.UTF8.GetBytes("plain notes"), "notes.txt");
        await PostWithAsync(used.Id());
        var again = await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Again", attachmentIds = new[] { used.Id() } });
        await again.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }
}

public sealed class SqliteAttachmentTests(SqliteHost host) : AttachmentTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlAttachmentTests(PostgreSqlHost host) : AttachmentTests(host), IClassFixture<PostgreSqlHost>;
