using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Platform;

/// <summary>
/// Two writes that meet at the same moment where writers run side by side (PostgreSQL): the one the
/// database fails answers a conflict, never an error, and leaves nothing half-written. A second writer
/// holds a reaction of the same person while the request under test reacts.
/// </summary>
public sealed class WriteCollisionTests(PostgreSqlHost host) : IClassFixture<PostgreSqlHost>
{
    private const string InsertReaction =
        "INSERT INTO activity.\"Reactions\" (\"PostId\", \"CommentId\", \"PersonId\", \"Kind\", \"CreatedAt\") VALUES ($1, $2, $3, 'like', now())";

    [Fact]
    public async Task A_reaction_whose_key_another_write_takes_first_answers_a_conflict_and_counts_nothing()
    {
        var (post, reactor, reactorId) = await PostAndReactorAsync(12, 13);
        await using var writer = await SideWriter.BeginAsync(host.Factory.Database);
        await writer.ExecuteAsync(InsertReaction, post, Guid.Empty, reactorId);

        var reacting = reactor.PutAsJsonAsync($"/api/v1/activity/posts/{post}/reaction", new { kind = "celebrate" });
        await Eventually.HoldsAsync(async () => await SideWriter.WaitingOnLocksAsync(host.Factory.Database, "Reactions") > 0, "the reaction waits for the other write's key");
        await writer.CommitAsync();

        var problem = await (await reacting).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("This change met another one made at the same moment. Try again.", problem.GetProperty("detail").GetString());
        var shown = await reactor.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post}");
        Assert.Equal("like", shown.GetProperty("myReaction").GetString());
        Assert.Equal(0, shown.GetProperty("reactions").GetProperty("celebrate").GetInt32());
    }

    [Fact]
    public async Task A_reaction_that_a_deadlock_ends_answers_a_conflict_in_the_reader_s_language()
    {
        var (post, reactor, reactorId) = await PostAndReactorAsync(14, 15);
        var deadlocksBefore = await SideWriter.DeadlocksAsync(host.Factory.Database);
        await using var writer = await SideWriter.BeginAsync(host.Factory.Database);
        await writer.ExecuteAsync(InsertReaction, post, Guid.Empty, reactorId);

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/activity/posts/{post}/reaction") { Content = JsonContent.Create(new { kind = "celebrate" }) };
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");
        var reacting = reactor.SendAsync(request);
        // The request counted its reaction on the post, then waits for the other write's key; the other write now waits for the post.
        await Eventually.HoldsAsync(async () => await SideWriter.WaitingOnLocksAsync(host.Factory.Database, "Reactions") > 0, "the reaction waits for the other write's key");
        await writer.ExecuteAsync("UPDATE activity.\"Posts\" SET \"CommentCount\" = \"CommentCount\" WHERE \"Id\" = $1", post);
        await writer.RollbackAsync();

        var problem = await (await reacting).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Conflit", problem.GetProperty("title").GetString());
        Assert.Equal("Cette modification en a croisé une autre au même moment. Réessayez.", problem.GetProperty("detail").GetString());
        var shown = await reactor.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post}");
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("myReaction").ValueKind);
        Assert.Equal(0, shown.GetProperty("reactions").GetProperty("celebrate").GetInt32());
        await Eventually.HoldsAsync(async () => await SideWriter.DeadlocksAsync(host.Factory.Database) > deadlocksBefore, "PostgreSQL counts the deadlock it ended");
    }

    private async Task<(Guid Post, HttpClient Reactor, Guid ReactorId)> PostAndReactorAsync(int authorIndex, int reactorIndex)
    {
        var (author, _) = await host.Factory.EmployeeAsync(authorIndex);
        var (reactor, reactorId) = await host.Factory.EmployeeAsync(reactorIndex);
        var post = (await author.PostAsync("Something to react to")).Id();
        // Nothing else writes the post's row while the test holds it.
        await host.Factory.EventsHandledAsync("the post's events are handled");
        return (post, reactor, reactorId);
    }
}
