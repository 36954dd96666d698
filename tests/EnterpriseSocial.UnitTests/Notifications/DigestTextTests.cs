using EnterpriseSocial.Notifications.Contracts;
using EnterpriseSocial.Notifications.Email;
using EnterpriseSocial.Notifications.Features.Inbox;

namespace EnterpriseSocial.UnitTests.Notifications;

public sealed class DigestTextTests
{
    private const string AppUrl = "https://social.example";
    private static readonly DateTimeOffset Noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly SpaceRefView Club = new(Guid.Parse("5a5a5a5a-0000-0000-0000-000000000001"), "Cycling club");

    [Fact]
    public void A_request_to_join_leads_to_the_space_s_managing_tools_and_an_invitation_to_the_space()
    {
        var body = DigestText.Body("en", "Camille", [Entry(NotificationTypes.JoinRequest), Entry(NotificationTypes.SpaceInvitation)], AppUrl);

        var links = body.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith(AppUrl + "/spaces/", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"{AppUrl}/spaces/{Club.Id}/manage", $"{AppUrl}/spaces/{Club.Id}"], links);
    }

    [Fact]
    public void An_entry_about_a_comment_leads_to_it_above_its_conversation_and_one_about_a_post_to_the_post()
    {
        var post = new PostRefView(Guid.Parse("9a9a9a9a-0000-0000-0000-000000000001"), "Which route on Friday?");
        var comment = Guid.Parse("9b9b9b9b-0000-0000-0000-000000000001");
        var body = DigestText.Body("fr", "Camille", [
            Entry(NotificationTypes.Reply) with { Post = post, CommentId = comment, Space = null },
            Entry(NotificationTypes.Mention) with { Post = post, Space = null },
        ], AppUrl);

        var links = body.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith(AppUrl + "/posts/", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"{AppUrl}/posts/{post.Id}?comment={comment}", $"{AppUrl}/posts/{post.Id}"], links);
    }

    private static NotificationView Entry(string type) =>
        new(Guid.NewGuid(), 1, type, [new ActorView(Guid.NewGuid(), "Oliver Brown", 0)], 1, null, null, Club, null, null, Noon, Noon, Read: false);
}
