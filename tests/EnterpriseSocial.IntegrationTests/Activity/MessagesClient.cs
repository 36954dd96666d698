using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>Speaks the direct messages API the way the web client does.</summary>
internal static class MessagesClient
{
    /// <summary>Writes to a colleague and returns the message written.</summary>
    public static async Task<JsonElement> SendAsync(HttpClient from, Guid to, string text)
    {
        var response = await from.PostAsJsonAsync($"/api/v1/messages/with/{to}", new { text });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
