using System.Data.Common;
using EnterpriseSocial.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EnterpriseSocial.UnitTests.Infrastructure;

public sealed class RecurringWorkTests
{
    [Fact]
    public async Task Each_pass_runs_in_a_scope_of_its_own_and_a_failed_pass_does_not_stop_the_next()
    {
        var passes = new Passes();
        await using var provider = new ServiceCollection()
            .AddSingleton(passes).AddSingleton(TimeProvider.System).AddLogging()
            .AddRecurringWork<CountedWork>(_ => TimeSpan.FromMilliseconds(5))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var service = Assert.Single(provider.GetServices<IHostedService>());

        await service.StartAsync(CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await passes.ThirdPass.Task.WaitAsync(timeout.Token);
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(3, passes.Instances.Take(3).Distinct().Count());
    }

    private sealed class Passes
    {
        public List<CountedWork> Instances { get; } = [];

        public TaskCompletionSource ThirdPass { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class CountedWork(Passes passes) : IRecurringWork
    {
        public Task<int> RunAsync(CancellationToken cancellationToken)
        {
            lock (passes.Instances)
            {
                passes.Instances.Add(this);
                if (passes.Instances.Count == 3)
                {
                    passes.ThirdPass.TrySetResult();
                }

                // The first pass fails as a lost database connection would, the second as a file store might.
                return passes.Instances.Count switch
                {
                    1 => throw new FailedPass(),
                    2 => throw new IOException("The disk is full."),
                    _ => Task.FromResult(1),
                };
            }
        }
    }

    private sealed class FailedPass() : DbException("The database went away.");
}
