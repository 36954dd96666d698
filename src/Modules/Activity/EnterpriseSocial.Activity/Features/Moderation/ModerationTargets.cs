using System.Net;
using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Moderation;

/// <summary>What a report or a moderation action is about, read without the reader's access filter: moderators act on hidden content.</summary>
internal sealed record ModerationTarget(ReportTarget Kind, Guid Id, Guid AuthorId, Guid? SpaceId, Guid? PostId, string BodyHtml, bool Hidden, bool Deleted);

internal static class ModerationTargets
{
    public static ReportTarget? Parse(string? kind) => kind switch
    {
        "post" => ReportTarget.Post,
        "comment" => ReportTarget.Comment,
        "person" => ReportTarget.Person,
        "message" => ReportTarget.Message,
        _ => null,
    };

    public static string Kinds => Bilingual.Text("One of post, comment, person or message.", "Valeurs possibles : post, comment, person ou message.");

    public static string Name(ReportTarget kind) => kind.ToString().ToLowerInvariant();

    public static string NoSuch(ReportTarget kind) => Bilingual.Text($"No such {Name(kind)}.", kind switch
    {
        ReportTarget.Post => "Cette publication n'existe pas.",
        ReportTarget.Comment => "Ce commentaire n'existe pas.",
        ReportTarget.Message => "Ce message n'existe pas.",
        _ => "Cette personne n'existe pas.",
    });

    public static async Task<ModerationTarget?> FindAsync(ActivityDbContext db, ReportTarget kind, Guid id, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case ReportTarget.Post:
                return await db.Posts.AsNoTracking().Where(p => p.Id == id)
                    .Select(p => new ModerationTarget(kind, p.Id, p.AuthorId, p.SpaceId, p.Id, p.BodyHtml, p.HiddenAt != null, p.DeletedAt != null))
                    .SingleOrDefaultAsync(cancellationToken);
            case ReportTarget.Comment:
                var comment = await db.Comments.AsNoTracking().Where(c => c.Id == id)
                    .Select(c => new { c.Id, c.AuthorId, c.PostId, c.BodyHtml, Hidden = c.HiddenAt != null, Deleted = c.DeletedAt != null })
                    .SingleOrDefaultAsync(cancellationToken);
                if (comment is null)
                {
                    return null;
                }

                var space = await db.Posts.AsNoTracking().Where(p => p.Id == comment.PostId).Select(p => p.SpaceId).SingleAsync(cancellationToken);
                return new ModerationTarget(kind, comment.Id, comment.AuthorId, space, comment.PostId, comment.BodyHtml, comment.Hidden, comment.Deleted);
            case ReportTarget.Message:
                // A conversation has no space: its messages are for platform moderators.
                var message = await db.DirectMessages.AsNoTracking().Where(m => m.Id == id)
                    .Select(m => new { m.Id, m.SenderId, m.BodyHtml, m.SharedPostId, Deleted = m.DeletedAt != null })
                    .SingleOrDefaultAsync(cancellationToken);
                return message is null ? null : new ModerationTarget(
                    kind, message.Id, message.SenderId, null, null, message.BodyHtml + await SentAlongAsync(db, message.SharedPostId, cancellationToken), false, message.Deleted);
            default:
                return new ModerationTarget(kind, id, id, null, null, string.Empty, false, false);
        }
    }

    /// <summary>The first words of a post a message sent along, for moderators to judge the message by what it sent.</summary>
    private static async Task<string> SentAlongAsync(ActivityDbContext db, Guid? postId, CancellationToken cancellationToken)
    {
        var html = postId is null ? null
            : await db.Posts.AsNoTracking().Where(p => p.Id == postId && p.DeletedAt == null).Select(p => p.BodyHtml).SingleOrDefaultAsync(cancellationToken);
        return html is null ? string.Empty
            : $"<p><em>{WebUtility.HtmlEncode(Bilingual.Text("Post sent along:", "Publication jointe :"))}</em> {WebUtility.HtmlEncode(PostGlimpses.Excerpt(html))}</p>";
    }
}
