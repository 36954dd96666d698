using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace EnterpriseSocial.IntegrationTests.Notifications;

/// <summary>Speaks the notifications API and listens to the hub the way the web client does.</summary>
internal static class NotificationsClient
{
    public const string Hint = "notifications.changed";

    public static async Task<long> LatestSequenceAsync(HttpClient client) => (await CatchUpAsync(client, 0)).Sequence;

    public static async Task<List<JsonElement>> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/notifications?limit=100&{query}")).GetProperty("items").EnumerateArray().ToList();

    /// <summary>The person's entry of the type about the post, if any.</summary>
    public static async Task<JsonElement?> EntryAboutAsync(HttpClient client, string type, Guid post) =>
        (await ListAsync(client, $"type={type}")).Cast<JsonElement?>()
            .FirstOrDefault(n => n!.Value.GetProperty("post").ValueKind == JsonValueKind.Object && n.Value.GetProperty("post").GetProperty("id").GetGuid() == post);

    public static async Task<(List<JsonElement> Items, long Sequence, bool HasMore)> ChangesAsync(HttpClient client, long since)
    {
        var changes = await client.GetFromJsonAsync<JsonElement>($"/api/v1/notifications/changes?since={since}");
        return (changes.GetProperty("items").EnumerateArray().ToList(), changes.GetProperty("sequence").GetInt64(), changes.GetProperty("hasMore").GetBoolean());
    }

    /// <summary>Every change after <paramref name="since"/>, page after page, as a client catching up collects them.</summary>
    public static async Task<List<JsonElement>> AllChangesAsync(HttpClient client, long since) => (await CatchUpAsync(client, since)).Items;

    /// <summary>Every hint the connection receives, in the order it arrives, pushed entries included.</summary>
    public static ChannelReader<JsonElement> Hints(this HubConnection connection)
    {
        var hints = Channel.CreateUnbounded<JsonElement>();
        connection.On<JsonElement>(Hint, hint => hints.Writer.TryWrite(hint));
        return hints.Reader;
    }

    public static async Task<JsonElement> NextAsync(this ChannelReader<JsonElement> hints)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await hints.ReadAsync(timeout.Token);
    }

    private static async Task<(List<JsonElement> Items, long Sequence)> CatchUpAsync(HttpClient client, long since)
    {
        var all = new List<JsonElement>();
        while (true)
        {
            var page = await ChangesAsync(client, since);
            all.AddRange(page.Items);
            since = page.Sequence;
            if (!page.HasMore)
            {
                return (all, since);
            }
        }
    }
}
