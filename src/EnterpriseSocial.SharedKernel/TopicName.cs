namespace EnterpriseSocial.SharedKernel;

/// <summary>
/// Topics are hashtags shared across the whole company: "#Sécurité", "sécurité" and "SECURITE"
/// are one topic, folded and without the hash, whichever module reads or writes it.
/// </summary>
public static class TopicName
{
    public const int MaxLength = 100;

    public static string? Normalize(string? tag)
    {
        var folded = TextFolding.Fold(tag ?? string.Empty).TrimStart('#');
        return folded.Length is > 0 and <= MaxLength && folded.All(IsTopicCharacter) ? folded : null;
    }

    public static bool IsTopicCharacter(char character) => char.IsLetterOrDigit(character) || character is '_' or '-';
}
