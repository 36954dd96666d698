using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>Signs in demo employees and speaks the activity API the way the web client does.</summary>
internal static class ActivityClient
{
    public static async Task<(HttpClient Client, Guid Id)> EmployeeAsync(this HostFactory factory, int index)
    {
        var (client, id, _) = await EmployeeWithTokenAsync(factory, index);
        return (client, id);
    }

    /// <summary>The index-th engineer of the demo company, signed in; the token also opens the live hub.</summary>
    public static async Task<(HttpClient Client, Guid Id, string AccessToken)> EmployeeWithTokenAsync(this HostFactory factory, int index)
    {
        var admin = await factory.SignedInAsync(await factory.DemoEmailAsync("Admin"));
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/profiles?limit=100&search=engineer");
        var id = page.GetProperty("items")[index].GetProperty("id").GetGuid();
        var email = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{id}")).GetProperty("email").GetString()!;
        var token = (await factory.SignInAsync(email)).AccessToken;
        return (factory.Api(token), id, token);
    }

    /// <summary>The demo company's chief executive, signed in: followed by most of the company, a large audience.</summary>
    public static async Task<(HttpClient Client, Guid Id)> ChiefExecutiveAsync(this HostFactory factory)
    {
        var admin = await factory.SignedInAsync(await factory.DemoEmailAsync("Admin"));
        var id = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/profiles?search=chief%20executive")).GetProperty("items")[0].Id();
        var email = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{id}")).GetProperty("email").GetString()!;
        return (await factory.SignedInAsync(email), id);
    }

    public static async Task<JsonElement> PostAsync(this HttpClient client, string body, string? idempotencyKey = null, Guid? sharedPostId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/activity/posts")
        {
            Content = JsonContent.Create(new { body, sharedPostId }),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Reacts to a post, or changes one's reaction to it.</summary>
    public static async Task ReactAsync(this HttpClient person, Guid post, string kind = "like") =>
        Assert.Equal(HttpStatusCode.NoContent, (await person.PutAsJsonAsync($"/api/v1/activity/posts/{post}/reaction", new { kind })).StatusCode);

    /// <summary>Uploads a file to attach to a post, as the composer sends it: a form with the field <c>file</c>.</summary>
    public static Task<HttpResponseMessage> UploadAttachmentAsync(this HttpClient client, byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return client.PostAsync("/api/v1/activity/attachments", form);
    }

    public static async Task<List<Guid>> FeedAsync(this HttpClient client, string feed) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/activity/feeds/{feed}?limit=100"))
            .GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();

    /// <summary>A stream's posts, newest first, page after page by its cursor, as far as the caller reads.</summary>
    public static async IAsyncEnumerable<JsonElement> FeedPostsAsync(this HttpClient client, string feed, int pageSize = 50)
    {
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/activity/feeds/{feed}?limit={pageSize}" + (cursor is null ? string.Empty : $"&cursor={cursor}"));
            foreach (var post in page.GetProperty("items").EnumerateArray())
            {
                yield return post;
            }

            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
    }

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();
}
