using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Features.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnterpriseSocial.UnitTests.Activity;

public sealed class SearchTextBackfillTests
{
    [Fact]
    public async Task A_failure_of_the_start_up_indexing_is_logged_and_leaves_the_node_running()
    {
        var services = new ServiceCollection()
            .AddScoped<ActivityDbContext>(_ => throw new NotSupportedException("A query this database cannot run"))
            .BuildServiceProvider();
        using var backfill = new SearchTextBackfill(services.GetRequiredService<IServiceScopeFactory>(), NullLogger<SearchTextBackfill>.Instance);

        await backfill.StartAsync(CancellationToken.None);
        await backfill.ExecuteTask!;

        Assert.True(backfill.ExecuteTask.IsCompletedSuccessfully);
    }
}
