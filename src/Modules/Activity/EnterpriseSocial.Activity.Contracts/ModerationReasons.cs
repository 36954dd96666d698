using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Activity.Contracts;

/// <summary>
/// The reasons the platform gives for moderating on its own, kept as codes (ADR 0028) and worded in
/// the reader's language whenever they are shown: in the content's views, the moderation queue and
/// log, and the author's notification. A reason a moderator typed is shown as typed.
/// </summary>
public static class ModerationReasons
{
    private const string Prefix = "platform:";
    private const string ReportedCode = Prefix + "reported:";
    private const string KeywordRuleCode = Prefix + "keyword-rule:";

    public const string RemovedByModerator = Prefix + "removed-by-moderator";

    public static string Reported(int reporters) => ReportedCode + reporters;

    public static string KeywordRule(string pattern) => KeywordRuleCode + pattern;

    public static string? Describe(string? reason)
    {
        if (reason is null || !reason.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return reason;
        }

        if (reason == RemovedByModerator)
        {
            return Bilingual.Text("Removed by a moderator.", "Supprimé par un modérateur.");
        }

        if (reason.StartsWith(ReportedCode, StringComparison.Ordinal))
        {
            var reporters = reason[ReportedCode.Length..];
            return Bilingual.Text(
                $"Reported by {reporters} people; hidden until a moderator reviews it.",
                $"Signalé par {reporters} personnes ; masqué jusqu'à l'examen d'un modérateur.");
        }

        if (reason.StartsWith(KeywordRuleCode, StringComparison.Ordinal))
        {
            var pattern = reason[KeywordRuleCode.Length..];
            return Bilingual.Text($"Matched the keyword rule \"{pattern}\".", $"Correspond à la règle de mots-clés « {pattern} ».");
        }

        return reason;
    }
}
