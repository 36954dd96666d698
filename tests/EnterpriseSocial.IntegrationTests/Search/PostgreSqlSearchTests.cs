using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Search;

/// <summary>Search on PostgreSQL, whose trigram indexes of the folded text a <c>LIKE '%word%'</c> can read (ADR 0021).</summary>
public sealed class PostgreSqlSearchTests(PostgreSqlHost host) : SearchTests(host), IClassFixture<PostgreSqlHost>
{
    [Theory]
    [InlineData("""EXPLAIN SELECT "Sequence" FROM activity."Posts" WHERE "SearchText" LIKE {0}""", "IX_Posts_SearchText_Trigrams")]
    [InlineData("""EXPLAIN SELECT "Sequence" FROM activity."Comments" WHERE "SearchText" LIKE {0}""", "IX_Comments_SearchText_Trigrams")]
    public async Task A_word_anywhere_in_the_folded_text_is_looked_up_in_its_trigram_index(string explain, string index)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Whether reading the table whole would be cheaper on so few rows is not the question: only whether the index serves.
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off");
        var plan = await db.Database.SqlQueryRaw<string>(explain, $"%{Word()}%").ToListAsync();

        Assert.Contains(plan, line => line.Contains($"Bitmap Index Scan on \"{index}\"", StringComparison.Ordinal));
    }
}
