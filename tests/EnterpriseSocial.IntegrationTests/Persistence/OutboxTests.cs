using System.Collections.Concurrent;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Domain;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Persistence;

public abstract class OutboxTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await database.DisposeAsync();

    /// <summary>A process of the host; "crashing" it is disposing it with messages still pending.</summary>
    private async Task<HostFactory> StartAsync(bool outboxEnabled)
    {
        var factory = new HostFactory(
            database,
            "Production",
            new Dictionary<string, string?>
            {
                ["Outbox:Enabled"] = outboxEnabled.ToString(),
                ["Outbox:PollInterval"] = "00:00:00.100",
            },
            services =>
            {
                services.AddIntegrationEventConsumer<ProfileCreated, RecordingConsumer>();
                services.AddIntegrationEventConsumer<ProfileCreated, FailsOnceConsumer>();
            });
        await factory.Services.MigrateAllAsync(CancellationToken.None);
        return factory;
    }

    private static async Task<Guid> CreateProfileAsync(HostFactory host)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProfilesDbContext>();
        var id = Guid.CreateVersion7();
        var created = new ProfileCreated(id, "Anaïs Outbox", "Engineering", "Lyon", null);
        db.Profiles.Add(Profile.Create(id, created.DisplayName, $"{id:N}@example.test", "Engineer", "Engineering", "Lyon", null, "fr", DateTimeOffset.UtcNow));
        db.Publish(created);
        await db.SaveChangesAsync();
        return created.EventId;
    }

    private static async Task<OutboxMessage> MessageAsync(HostFactory host, Guid eventId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProfilesDbContext>();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == eventId);
    }

    private static Task WaitUntilProcessedAsync(HostFactory host, Guid eventId) =>
        Eventually.HoldsAsync(async () => (await MessageAsync(host, eventId)).ProcessedAt is not null, "the outbox message is processed");

    [Fact]
    public async Task An_event_committed_before_a_crash_reaches_every_consumer_exactly_once_after_restart()
    {
        Guid eventId;
        await using (var crashed = await StartAsync(outboxEnabled: false))
        {
            eventId = await CreateProfileAsync(crashed);
            Assert.Null((await MessageAsync(crashed, eventId)).ProcessedAt);
        }

        await using var restarted = await StartAsync(outboxEnabled: true);
        await WaitUntilProcessedAsync(restarted, eventId);

        Assert.Equal(1, Effects.Count(eventId, nameof(RecordingConsumer)));
        Assert.Equal(1, Effects.Count(eventId, nameof(FailsOnceConsumer)));
        Assert.Equal(2, Effects.Attempts(eventId, nameof(FailsOnceConsumer)));
        Assert.Equal(1, (await MessageAsync(restarted, eventId)).Attempts);
    }

    [Fact]
    public async Task A_redelivery_after_a_crash_between_handling_and_marking_changes_nothing()
    {
        Guid eventId;
        await using (var first = await StartAsync(outboxEnabled: true))
        {
            eventId = await CreateProfileAsync(first);
            await WaitUntilProcessedAsync(first, eventId);

            // As if the process died after the consumers committed but before the message was marked.
            using var scope = first.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ProfilesDbContext>();
            await db.OutboxMessages.Where(m => m.Id == eventId)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.ProcessedAt, (DateTimeOffset?)null));
        }

        await using var restarted = await StartAsync(outboxEnabled: true);
        await WaitUntilProcessedAsync(restarted, eventId);

        Assert.Equal(1, Effects.Count(eventId, nameof(RecordingConsumer)));
        Assert.Equal(1, Effects.Count(eventId, nameof(FailsOnceConsumer)));
        using var check = restarted.Services.CreateScope();
        var handled = await check.ServiceProvider.GetRequiredService<ProfilesDbContext>().ProcessedEvents
            .Where(p => p.EventId == eventId).Select(p => p.Consumer).ToListAsync();
        Assert.Equal(2, handled.Count);
    }

    [Fact]
    public async Task Another_nodes_event_is_delivered_while_this_node_keeps_writing_to_another_outbox()
    {
        await using var live = await StartAsync(outboxEnabled: true);
        using var writing = new CancellationTokenSource();
        // Each save wakes this node's processor for the activity outbox only.
        var writer = Task.Run(async () =>
        {
            while (!writing.IsCancellationRequested)
            {
                using var scope = live.Services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
                db.Publish(new Heartbeat());
                await db.SaveChangesAsync();
            }
        });

        // Written by a node whose wake-ups this one never hears.
        await using var otherNode = await StartAsync(outboxEnabled: false);
        var eventId = await CreateProfileAsync(otherNode);

        await WaitUntilProcessedAsync(live, eventId);
        await writing.CancelAsync();
        await writer;
        Assert.Equal(1, Effects.Count(eventId, nameof(RecordingConsumer)));
    }

    /// <summary>An event no module consumes.</summary>
    private sealed record Heartbeat : IntegrationEvent;

    /// <summary>On SQLite a transaction holds the file's write turn (ADR 0024): a consumer's reads can come before it.</summary>
    [Fact]
    public async Task A_consumer_prepares_before_its_transaction_and_handles_inside_it()
    {
        await using var host = await StartAsync(outboxEnabled: false);
        await using var scope = host.Services.CreateAsyncScope();
        var consumer = new PreparingConsumer(scope.ServiceProvider.GetRequiredService<ProfilesDbContext>(), TimeProvider.System);

        await consumer.HandleAsync(new ProfileCreated(Guid.CreateVersion7(), "Anaïs Outbox", "Engineering", "Lyon", null), CancellationToken.None);

        Assert.Equal(["prepared outside a transaction", "handled inside one"], consumer.Steps);
    }

    private static class Effects
    {
        private static readonly ConcurrentDictionary<(Guid, string), int> Applied = new();
        private static readonly ConcurrentDictionary<(Guid, string), int> Tried = new();

        public static int Count(Guid eventId, string consumer) => Applied.GetValueOrDefault((eventId, consumer));

        public static int Attempts(Guid eventId, string consumer) => Tried.GetValueOrDefault((eventId, consumer));

        public static int Try(Guid eventId, string consumer) => Tried.AddOrUpdate((eventId, consumer), 1, (_, n) => n + 1);

        public static void Apply(Guid eventId, string consumer) => Applied.AddOrUpdate((eventId, consumer), 1, (_, n) => n + 1);
    }

    private sealed class RecordingConsumer(ProfilesDbContext db, TimeProvider clock)
        : IdempotentConsumer<ProfileCreated, ProfilesDbContext>(db, clock)
    {
        protected override Task HandleOnceAsync(ProfileCreated integrationEvent, CancellationToken cancellationToken)
        {
            Effects.Try(integrationEvent.EventId, nameof(RecordingConsumer));
            Effects.Apply(integrationEvent.EventId, nameof(RecordingConsumer));
            return Task.CompletedTask;
        }
    }

    private sealed class PreparingConsumer(ProfilesDbContext db, TimeProvider clock)
        : IdempotentConsumer<ProfileCreated, ProfilesDbContext>(db, clock)
    {
        public List<string> Steps { get; } = [];

        protected override Task PrepareAsync(ProfileCreated integrationEvent, CancellationToken cancellationToken)
        {
            Steps.Add(Context.Database.CurrentTransaction is null ? "prepared outside a transaction" : "prepared inside one");
            return Task.CompletedTask;
        }

        protected override Task HandleOnceAsync(ProfileCreated integrationEvent, CancellationToken cancellationToken)
        {
            Steps.Add(Context.Database.CurrentTransaction is null ? "handled outside a transaction" : "handled inside one");
            return Task.CompletedTask;
        }
    }

    private sealed class FailsOnceConsumer(ProfilesDbContext db, TimeProvider clock)
        : IdempotentConsumer<ProfileCreated, ProfilesDbContext>(db, clock)
    {
        protected override Task HandleOnceAsync(ProfileCreated integrationEvent, CancellationToken cancellationToken)
        {
            if (Effects.Try(integrationEvent.EventId, nameof(FailsOnceConsumer)) == 1)
            {
                throw new InvalidOperationException("The first delivery fails, as if a dependency were down.");
            }

            Effects.Apply(integrationEvent.EventId, nameof(FailsOnceConsumer));
            return Task.CompletedTask;
        }
    }
}

public sealed class SqliteOutboxTests() : OutboxTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlOutboxTests() : OutboxTests(DatabaseProvider.PostgreSql);
