using System.Text.RegularExpressions;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace EnterpriseSocial.Activity.Features.Moderation;

internal sealed record KeywordRuleView(string Pattern, bool WholeWord, string Action, string Message);

/// <summary>What the keyword rules say of a text: refused with a message, flagged for review, or nothing.</summary>
internal sealed record KeywordVerdict(string? Refusal, string? FlaggedBy);

/// <summary>Words or phrases administrators watch for, matched without case or accents, as whole words or anywhere.</summary>
internal sealed class KeywordRules(ActivityDbContext db, IMemoryCache cache)
{
    private const string CacheKey = "activity:keyword-rules";
    private const int MaxRules = 200;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/moderation/keywords", async (KeywordRules rules, CancellationToken ct) => TypedResults.Ok(await rules.ListAsync(ct)))
            .RequireAuthorization(Capabilities.ModeratePlatform).WithSummary("The keyword rules.");
        group.MapPut("/moderation/keywords", ReplaceAsync)
            .RequireAuthorization(Capabilities.ModeratePlatform).WithSummary("Replaces the keyword rules.");
    }

    public async Task<List<KeywordRuleView>> ListAsync(CancellationToken cancellationToken) =>
        (await RulesAsync(cancellationToken)).Select(r => new KeywordRuleView(r.Pattern, r.WholeWord, r.Action == KeywordAction.Refuse ? "refuse" : "flag", r.Message)).ToList();

    /// <summary>The first refusing rule wins; otherwise the first flagging one.</summary>
    public async Task<KeywordVerdict> CheckAsync(string text, CancellationToken cancellationToken)
    {
        var folded = TextFolding.Fold(text);
        var matching = (await RulesAsync(cancellationToken)).Where(rule => Matches(rule, folded)).ToList();
        var refusing = matching.FirstOrDefault(r => r.Action == KeywordAction.Refuse);
        return new KeywordVerdict(
            refusing is null ? null : refusing.Message.Length > 0 ? refusing.Message : Bilingual.Text("This text contains words the company does not allow here.",
                "Ce texte contient des mots que l'entreprise n'autorise pas ici."),
            matching.FirstOrDefault(r => r.Action == KeywordAction.Flag)?.Pattern);
    }

    private static bool Matches(KeywordRule rule, string folded)
    {
        var pattern = TextFolding.Fold(rule.Pattern);
        return rule.WholeWord
            ? Regex.IsMatch(folded, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(pattern)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))
            : folded.Contains(pattern, StringComparison.Ordinal);
    }

    private async Task<List<KeywordRule>> RulesAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return await db.KeywordRules.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);
        }))!;

    private static async Task<Results<Ok<List<KeywordRuleView>>, ValidationProblem>> ReplaceAsync(
        List<KeywordRuleView> rules, ActivityDbContext db, KeywordRules keywordRules, IMemoryCache cache, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .AddIf(rules.Count > MaxRules, "rules", Bilingual.Text($"At most {MaxRules} rules.", $"Au plus {MaxRules} règles."))
            .AddIf(rules.Any(r => string.IsNullOrWhiteSpace(r.Pattern) || r.Pattern.Trim().Length > KeywordRule.PatternMaxLength), "pattern", Bilingual.Text($"A pattern has 1 to {KeywordRule.PatternMaxLength} characters.",
                $"Un mot ou une expression compte de 1 à {KeywordRule.PatternMaxLength} caractères."))
            .AddIf(rules.Any(r => r.Action is not ("flag" or "refuse")), "action", Bilingual.Text("One of flag or refuse.", "Valeurs possibles : flag ou refuse."))
            .AddIf(rules.Any(r => r.Message?.Length > KeywordRule.MessageMaxLength), "message", Bilingual.Text($"At most {KeywordRule.MessageMaxLength} characters.",
                $"Au plus {KeywordRule.MessageMaxLength} caractères."));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.KeywordRules.ExecuteDeleteAsync(cancellationToken);
        db.KeywordRules.AddRange(rules.Select(r => new KeywordRule
        {
            Pattern = r.Pattern.Trim(), WholeWord = r.WholeWord, Action = r.Action == "refuse" ? KeywordAction.Refuse : KeywordAction.Flag, Message = r.Message?.Trim() ?? string.Empty,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Remove(CacheKey);
        return TypedResults.Ok(await keywordRules.ListAsync(cancellationToken));
    }
}
