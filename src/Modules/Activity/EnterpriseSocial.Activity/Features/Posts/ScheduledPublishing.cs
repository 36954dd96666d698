using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Infrastructure.Hosting;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.Activity.Features.Posts;

/// <summary>
/// Publishes the posts whose time has come, each as its author at that moment and in the language
/// they scheduled it in, which words a refusal's reason (ADR 0028). The scheduled post's id is the
/// publication's idempotency key, so two nodes publishing it at once make one post.
/// </summary>
internal sealed class ScheduledPublishing(IServiceScopeFactory scopes, TimeProvider clock) : IRecurringWork
{
    private const int Batch = 50;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var published = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
            var now = clock.GetUtcNow();
            var due = await db.ScheduledPosts.AsNoTracking().Where(s => s.PublishAt <= now && s.FailedReason == null)
                .OrderBy(s => s.PublishAt).Take(Batch).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return published;
            }

            foreach (var scheduled in due)
            {
                Bilingual.Use(scheduled.Language);
                await using var publishing = scopes.CreateAsyncScope();
                var publisher = publishing.ServiceProvider.GetRequiredService<PostPublisher>();
                var outcome = await publisher.PublishAsync(
                    scheduled.AuthorId, ScheduledPosts.Deserialize(scheduled.Request), scheduled.MayAnnounceCompanyWide, $"scheduled:{scheduled.Id}", cancellationToken);
                // In the database itself: another node may have published it a moment ago.
                var row = db.ScheduledPosts.Where(s => s.Id == scheduled.Id);
                if (outcome.Post is null)
                {
                    var reason = outcome.Reason ?? Bilingual.Text("It could not be published.", "Elle n'a pas pu être publiée.");
                    await row.ExecuteUpdateAsync(set => set.SetProperty(s => s.FailedReason, reason), cancellationToken);
                }
                else
                {
                    published += await row.ExecuteDeleteAsync(cancellationToken);
                }
            }
        }
    }
}
