using System.Text;
using EnterpriseSocial.Notifications.Contracts;
using EnterpriseSocial.Notifications.Features.Inbox;

namespace EnterpriseSocial.Notifications.Email;

/// <summary>The words of digest e-mails, in French or English: one line per notification, with its link.</summary>
internal static class DigestText
{
    public static string Subject(string language, int count, bool mustReadOnly) => (language, mustReadOnly) switch
    {
        ("en", true) => "An announcement is waiting for you to read it",
        ("en", false) => count == 1 ? "1 notification you have not seen" : $"{count} notifications you have not seen",
        (_, true) => "Une annonce attend votre lecture",
        _ => count == 1 ? "1 notification que vous n'avez pas vue" : $"{count} notifications que vous n'avez pas vues",
    };

    public static string Body(string language, string displayName, IReadOnlyList<NotificationView> items, string appUrl)
    {
        var english = language == "en";
        var text = new StringBuilder()
            .AppendLine(english ? $"Hello {displayName}," : $"Bonjour {displayName},")
            .AppendLine()
            .AppendLine(english ? "Here is what happened while you were away:" : "Voici ce qui s'est passé pendant votre absence :")
            .AppendLine();
        foreach (var item in items)
        {
            text.Append("- ").AppendLine(Line(english, item)).Append("  ").AppendLine(Link(appUrl, item));
        }

        return text.AppendLine()
            .AppendLine(english
                ? $"Choose what reaches you by e-mail, and when: {appUrl}/notifications/preferences"
                : $"Choisissez ce qui vous parvient par e-mail, et quand : {appUrl}/notifications/preferences")
            .ToString();
    }

    private static string Line(bool english, NotificationView item)
    {
        var who = Who(english, item);
        var about = item.Post is { } post ? $" « {post.Excerpt} »" : item.Space is { } space ? $" ({space.Name})" : string.Empty;
        var what = (item.Type, english) switch
        {
            (NotificationTypes.Mention, true) => $"{who} mentioned you",
            (NotificationTypes.Mention, false) => $"{who} vous a mentionné(e)",
            (NotificationTypes.Reply, true) => $"{who} replied to you",
            (NotificationTypes.Reply, false) => $"{who} vous a répondu",
            (NotificationTypes.Reaction, true) => $"{who} reacted to your post",
            (NotificationTypes.Reaction, false) => $"{who} a réagi à votre publication",
            (NotificationTypes.Follower, true) => $"{who} started following you",
            (NotificationTypes.Follower, false) => $"{who} vous suit désormais",
            (NotificationTypes.SpaceInvitation, true) => $"{who} added you to a space",
            (NotificationTypes.SpaceInvitation, false) => $"{who} vous a ajouté(e) à un espace",
            (NotificationTypes.JoinRequest, true) => $"{who} asked to join a space you manage",
            (NotificationTypes.JoinRequest, false) => $"{who} demande à rejoindre un espace que vous animez",
            (NotificationTypes.JoinDecided, true) => item.Detail == "approved" ? "Your request to join was approved" : "Your request to join was declined",
            (NotificationTypes.JoinDecided, false) => item.Detail == "approved" ? "Votre demande d'adhésion a été acceptée" : "Votre demande d'adhésion a été refusée",
            (NotificationTypes.Announcement, true) => item.Detail == "must-read" ? $"{who} published an announcement to read" : $"{who} published an announcement",
            (NotificationTypes.Announcement, false) => item.Detail == "must-read" ? $"{who} a publié une annonce à lire" : $"{who} a publié une annonce",
            (NotificationTypes.Moderation, true) => $"A moderator reviewed your content: {item.Reason}",
            (NotificationTypes.Moderation, false) => $"Un modérateur a examiné votre contenu : {item.Reason}",
            (NotificationTypes.BestAnswer, true) => $"{who} chose your answer as the best one",
            (NotificationTypes.BestAnswer, false) => $"{who} a choisi votre réponse comme la meilleure",
            (NotificationTypes.Message, true) => $"{who} sent you a message",
            (NotificationTypes.Message, false) => $"{who} vous a envoyé un message",
            _ => item.Type,
        };
        return what + about;
    }

    private static string Who(bool english, NotificationView item)
    {
        var first = item.Actors.Count > 0 ? item.Actors[0].DisplayName : english ? "Someone" : "Quelqu'un";
        var others = item.ActorCount - 1;
        return others switch
        {
            <= 0 => first,
            1 => english ? $"{first} and 1 other" : $"{first} et 1 autre personne",
            _ => english ? $"{first} and {others} others" : $"{first} et {others} autres personnes",
        };
    }

    private static string Link(string appUrl, NotificationView item) => item switch
    {
        // The conversation's page shows the comment an entry is about above the conversation, however long.
        { Post: { } post, CommentId: { } comment } => $"{appUrl}/posts/{post.Id}?comment={comment}",
        { Post: { } post } => $"{appUrl}/posts/{post.Id}",
        // Requests are decided among the space's managing tools, as the app's own entry leads.
        { Type: NotificationTypes.JoinRequest, Space: { } space } => $"{appUrl}/spaces/{space.Id}/manage",
        { Space: { } space } => $"{appUrl}/spaces/{space.Id}",
        { Type: NotificationTypes.Follower, Actors.Count: > 0 } => $"{appUrl}/people/{item.Actors[0].Id}",
        { Type: NotificationTypes.Message, Actors.Count: > 0 } => $"{appUrl}/messages/{item.Actors[0].Id}",
        _ => $"{appUrl}/notifications",
    };
}
