using System.Collections.Concurrent;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Profiles.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Persistence;

/// <summary>
/// Two nodes sharing one PostgreSQL database take turns at each module's outbox (ADR 0048): a
/// message one node is delivering is not read and handled by the other at the same time.
/// </summary>
public sealed class OutboxTurnTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Deliveries deliveries = new();
    private TestDatabase database = null!;
    private HostFactory a = null!;
    private HostFactory b = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithDemoCompanyAsync(DatabaseProvider.PostgreSql);
        a = new HostFactory(database, services: services => Record(services, "A"));
        _ = a.Server;
        b = new HostFactory(database, services: services => Record(services, "B"));
        _ = b.Server;
    }

    public async Task DisposeAsync()
    {
        deliveries.Release();
        await b.DisposeAsync();
        await a.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_message_one_node_is_delivering_is_left_to_it_by_the_other_which_waits_for_its_turn()
    {
        var (_, authorId) = await a.EmployeeAsync(2);
        var (reader, _) = await a.EmployeeAsync(3);
        deliveries.HoldNext();

        await reader.PutAsync($"/api/v1/profiles/{authorId}/follow", null);

        var held = await deliveries.Held.WaitAsync(Patience);
        await Eventually.HoldsAsync(async () => await WaitingForTurnAsync() > 0, "the other node waits for its turn at the outbox");
        deliveries.Release();
        await a.EventsHandledAsync("the follow is delivered");
        await Eventually.HoldsAsync(async () => await WaitingForTurnAsync() == 0, "the other node had its turn");
        Assert.Equal([held], deliveries.Of(held.EventId));
    }

    private Task<long> WaitingForTurnAsync() => SideWriter.ScalarAsync(database,
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");

    private void Record(IServiceCollection services, string node)
    {
        services.AddSingleton(new Node(node, deliveries));
        services.AddIntegrationEventConsumer<PersonFollowed, RecordedDelivery>();
    }

    private sealed record Node(string Name, Deliveries Deliveries);

    private sealed record Delivery(string Node, Guid EventId);

    /// <summary>Every delivery of a follow on either node; the next one, once asked, waits until released.</summary>
    private sealed class Deliveries
    {
        private readonly ConcurrentQueue<Delivery> log = new();
        private readonly TaskCompletionSource<Delivery> held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int holdNext;

        public Task<Delivery> Held => held.Task;

        public void HoldNext() => Volatile.Write(ref holdNext, 1);

        public void Release() => released.TrySetResult();

        public List<Delivery> Of(Guid eventId) => log.Where(d => d.EventId == eventId).ToList();

        public async Task DeliverAsync(Delivery delivery, CancellationToken cancellationToken)
        {
            log.Enqueue(delivery);
            if (Interlocked.Exchange(ref holdNext, 0) == 1)
            {
                held.TrySetResult(delivery);
                await released.Task.WaitAsync(cancellationToken);
            }
        }
    }

    private sealed class RecordedDelivery(Node node) : IIntegrationEventConsumer<PersonFollowed>
    {
        public Task HandleAsync(PersonFollowed followed, CancellationToken cancellationToken) =>
            node.Deliveries.DeliverAsync(new Delivery(node.Name, followed.EventId), cancellationToken);
    }
}
