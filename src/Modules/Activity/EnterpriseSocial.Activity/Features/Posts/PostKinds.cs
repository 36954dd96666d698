using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Activity.Features.Posts;

internal sealed record PollRequest(IReadOnlyList<string>? Options, bool MultipleChoice, DateTimeOffset? ClosesAt);

/// <summary>The kinds of post beyond plain text: polls, questions and announcements.</summary>
internal static class PostKinds
{
    private static readonly Dictionary<string, PostKind> Names = new(StringComparer.Ordinal)
    {
        ["post"] = PostKind.Post,
        ["poll"] = PostKind.Poll,
        ["question"] = PostKind.Question,
        ["announcement"] = PostKind.Announcement,
    };

    public static string Name(PostKind kind) => kind == PostKind.Praise ? "praise" : Names.First(n => n.Value == kind).Key;

    /// <summary>The kind asked for, with the errors of what comes with it.</summary>
    public static PostKind Validate(PublishPostRequest request, DateTimeOffset now, ValidationErrors errors)
    {
        if (!Names.TryGetValue(request.Kind ?? "post", out var kind))
        {
            errors.Add("kind", Bilingual.Text("One of post, poll, question, announcement.", "Valeurs possibles : post, poll, question, announcement."));
            return PostKind.Post;
        }

        errors.AddIf(kind != PostKind.Post && request.SharedPostId is not null, "sharedPostId", Bilingual.Text("Only a plain post shares another.",
            "Seule une publication simple peut en partager une autre."))
            .AddIf(kind != PostKind.Poll && request.Poll is not null, "poll", Bilingual.Text("Only a poll has options.", "Seul un sondage a des options."));
        if (kind == PostKind.Poll)
        {
            var options = request.Poll?.Options?.Select(o => o?.Trim() ?? string.Empty).ToList() ?? [];
            errors.AddIf(options.Count is < 2 or > PollOption.MaxOptions, "poll.options", Bilingual.Text($"Between 2 and {PollOption.MaxOptions} options.",
                $"Entre 2 et {PollOption.MaxOptions} options."))
                .AddIf(options.Any(o => o.Length is 0 or > PollOption.TextMaxLength), "poll.options", Bilingual.Text($"Each option has 1 to {PollOption.TextMaxLength} characters.",
                    $"Chaque option compte de 1 à {PollOption.TextMaxLength} caractères."))
                .AddIf(options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count, "poll.options", Bilingual.Text("Options differ from each other.",
                    "Les options doivent toutes être différentes."))
                .AddIf(request.Poll?.ClosesAt <= now, "poll.closesAt", Bilingual.Text("A poll closes in the future.", "Un sondage se clôt à une date à venir."));
        }

        return kind;
    }

    public static void Apply(Post post, PublishPostRequest request)
    {
        if (post.Kind == PostKind.Poll)
        {
            post.MakePoll(request.Poll!.Options!.Select(o => o.Trim()).ToList(), request.Poll.MultipleChoice, request.Poll.ClosesAt);
        }
        else if (post.Kind == PostKind.Announcement)
        {
            post.MakeAnnouncement(request.MustRead);
        }
    }
}
