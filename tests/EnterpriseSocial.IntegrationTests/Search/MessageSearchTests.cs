using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Features.Search;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EnterpriseSocial.IntegrationTests.Activity.MessagesClient;
using static EnterpriseSocial.IntegrationTests.Search.SearchTests;

namespace EnterpriseSocial.IntegrationTests.Search;

/// <summary>Searching one's direct messages: only one's own conversations, folded words, newest first, never a deleted message.</summary>
public abstract class MessageSearchTests(HostFixture host)
{
    private static async Task<JsonElement> SearchAsync(HttpClient person, string q, string? cursor = null, int limit = 20)
    {
        var response = await person.GetAsync($"/api/v1/messages/search?q={Uri.EscapeDataString(q)}&limit={limit}{(cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<List<Guid>> FoundAsync(HttpClient person, string q) =>
        (await SearchAsync(person, q, limit: 100)).GetProperty("items").EnumerateArray().Select(m => m.Id()).ToList();

    [Fact]
    public async Task A_person_finds_their_own_messages_by_every_word_whatever_the_accents_and_nobody_else_s()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(0);
        var (bob, bobId) = await host.Factory.EmployeeAsync(1);
        var (carol, carolId) = await host.Factory.EmployeeAsync(2);
        var word = Word();
        var question = await SendAsync(alice, bobId, $"La **réunion** budget à Orléans, {word}, tient toujours ?");
        var answer = await SendAsync(bob, aliceId, $"Oui, budget {word} validé");
        var elsewhere = await SendAsync(carol, bobId, $"Budget {word} pour l'équipe");

        var found = (await SearchAsync(alice, $"ORLEANS {word}")).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(question.Id(), found.Id());
        Assert.Equal(bobId, found.GetProperty("person").Id());
        Assert.True(found.GetProperty("fromMe").GetBoolean());
        var text = found.GetProperty("text").GetString()!;
        Assert.StartsWith("La réunion budget à Orléans", text);
        var marked = found.GetProperty("highlights").EnumerateArray()
            .Select(h => text.Substring(h.GetProperty("start").GetInt32(), h.GetProperty("length").GetInt32())).ToList();
        Assert.Equal(["Orléans", word], marked);

        Assert.Equal([answer.Id(), question.Id()], await FoundAsync(alice, $"budget {word}"));
        Assert.False((await SearchAsync(alice, $"budget {word}")).GetProperty("items")[0].GetProperty("fromMe").GetBoolean());
        Assert.Equal([elsewhere.Id()], await FoundAsync(carol, word));

        var first = await SearchAsync(bob, word, limit: 2);
        Assert.Equal([elsewhere.Id(), answer.Id()], first.GetProperty("items").EnumerateArray().Select(m => m.Id()));
        Assert.Equal(carolId, first.GetProperty("items")[0].GetProperty("person").Id());
        var rest = await SearchAsync(bob, word, first.GetProperty("nextCursor").GetString());
        Assert.Equal([question.Id()], rest.GetProperty("items").EnumerateArray().Select(m => m.Id()));
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task An_edit_changes_what_a_message_is_found_by_a_deleted_one_is_found_by_nobody_and_older_ones_are_indexed_at_start()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(3);
        var (bob, bobId) = await host.Factory.EmployeeAsync(4);
        var (before, after, gone, old) = (Word(), Word(), Word(), Word());
        var edited = await SendAsync(alice, bobId, $"Room {before}");
        Assert.Equal(HttpStatusCode.OK, (await alice.PatchAsJsonAsync($"/api/v1/messages/{edited.Id()}", new { text = $"Room {after}" })).StatusCode);
        Assert.Empty(await FoundAsync(bob, before));
        Assert.Equal([edited.Id()], await FoundAsync(bob, after));

        var deleted = await SendAsync(alice, bobId, $"Wrong person {gone}");
        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync($"/api/v1/messages/{deleted.Id()}")).StatusCode);
        Assert.Empty(await FoundAsync(bob, gone));
        Assert.Empty(await FoundAsync(alice, gone));

        var earlier = await SendAsync(bob, aliceId, $"Written before search {old}");
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        await db.DirectMessages.Where(m => m.Id == earlier.Id()).ExecuteUpdateAsync(set => set.SetProperty(m => m.SearchText, (string?)null));
        Assert.Empty(await FoundAsync(alice, old));
        await ActivatorUtilities.CreateInstance<SearchTextBackfill>(scope.ServiceProvider).FillAsync(CancellationToken.None);
        Assert.Equal([earlier.Id()], await FoundAsync(alice, old));
    }

    [Fact]
    public async Task A_conversation_opens_on_a_message_found_with_everything_after_it_and_the_rest_page_by_page()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(6);
        var (bob, bobId) = await host.Factory.EmployeeAsync(7);
        var (carol, _) = await host.Factory.EmployeeAsync(8);
        var word = Word();
        await SendAsync(alice, bobId, "Before it");
        var found = await SendAsync(alice, bobId, $"The code is {word}");
        for (var i = 0; i < 7; i++)
        {
            await SendAsync(i % 2 == 0 ? bob : alice, i % 2 == 0 ? aliceId : bobId, $"After it, {i}");
        }

        var elsewhere = await SendAsync(carol, bobId, "Another conversation");
        async Task<JsonElement> OpenAsync(Guid through) =>
            await bob.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{aliceId}?limit=3&through={through}");

        var opened = await OpenAsync(Assert.Single(await FoundAsync(bob, word)));
        var items = opened.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(8, items.Count);
        Assert.Equal(found.Id(), items[^1].Id());
        var earlier = await bob.GetFromJsonAsync<JsonElement>(
            $"/api/v1/messages/with/{aliceId}?limit=3&cursor={Uri.EscapeDataString(opened.GetProperty("nextCursor").GetString()!)}");
        Assert.Equal(["Before it"], earlier.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("text").GetString()));

        // Another conversation's message, or none, opens the page as asked.
        Assert.Equal(3, (await OpenAsync(elsewhere.Id())).GetProperty("items").GetArrayLength());
        Assert.Equal(3, (await OpenAsync(Guid.NewGuid())).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_missing_or_too_long_query_or_a_bad_cursor_is_a_validation_problem()
    {
        var (alice, _) = await host.Factory.EmployeeAsync(5);
        await (await alice.GetAsync("/api/v1/messages/search")).AssertProblemAsync(HttpStatusCode.BadRequest);
        var problem = await (await alice.GetAsync($"/api/v1/messages/search?q={new string('a', 201)}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
        await (await alice.GetAsync("/api/v1/messages/search?q=budget&cursor=nonsense")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}

public sealed class SqliteMessageSearchTests(SqliteHost host) : MessageSearchTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlMessageSearchTests(PostgreSqlHost host) : MessageSearchTests(host), IClassFixture<PostgreSqlHost>;
