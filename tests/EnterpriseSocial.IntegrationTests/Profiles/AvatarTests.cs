using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Support;
using SkiaSharp;

namespace EnterpriseSocial.IntegrationTests.Profiles;

public sealed class AvatarTests(SqliteHost host) : IClassFixture<SqliteHost>, IAsyncLifetime
{
    private HttpClient me = null!;
    private Guid myId;

    public async Task InitializeAsync()
    {
        me = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Employee"));
        myId = (await me.GetFromJsonAsync<JsonElement>("/api/v1/identity/me")).GetProperty("id").GetGuid();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpResponseMessage> UploadAsync(byte[] content, string fileName = "me.png")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", fileName);
        return me.PutAsync("/api/v1/profiles/me/avatar", form);
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.CornflowerBlue);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    [Fact]
    public async Task An_image_is_re_encoded_into_square_sizes_served_with_long_cache_headers()
    {
        var response = await UploadAsync(Png(800, 600), "photo.exe");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();

        var avatar = await me.GetAsync($"/api/v1/profiles/{myId}/avatar/256?v={version}");
        Assert.Equal(HttpStatusCode.OK, avatar.StatusCode);
        Assert.Equal("image/webp", avatar.Content.Headers.ContentType?.MediaType);
        Assert.Contains("max-age=31536000", avatar.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(avatar.Headers.GetValues("X-Content-Type-Options")));
        using var decoded = SKBitmap.Decode(await avatar.Content.ReadAsByteArrayAsync());
        Assert.Equal((256, 256), (decoded.Width, decoded.Height));

        var profile = await me.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{myId}");
        Assert.Equal(version, profile.GetProperty("avatarVersion").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Factory.CreateClient().GetAsync($"/api/v1/profiles/{myId}/avatar/64")).StatusCode);
    }

    [Fact]
    public async Task A_png_header_on_a_script_is_refused()
    {
        byte[] script = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes("<script>alert(1)</script>")];
        await (await UploadAsync(script)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await UploadAsync(Encoding.UTF8.GetBytes("<svg onload=alert(1)/>"), "me.png")).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_twenty_thousand_pixel_square_is_refused_before_it_is_decoded() =>
        await (await UploadAsync(PngHeaderOnly(20_000, 20_000))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

    [Fact]
    public async Task A_six_megabyte_file_is_too_large()
    {
        var large = new byte[6 * 1024 * 1024];
        Png(10, 10).CopyTo(large, 0);
        await (await UploadAsync(large)).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    /// <summary>A valid PNG signature and header announcing the size, with no pixels behind it.</summary>
    private static byte[] PngHeaderOnly(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", header), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typeAndData.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(typeAndData));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
