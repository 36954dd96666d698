using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Posts;

/// <summary>
/// A page of posts' topics, mentions and poll options, read in one statement instead of one per
/// table (split includes) or a join that repeats each post once per combination of its parts.
/// </summary>
internal static class PostParts
{
    private enum Part
    {
        Topic,
        Mention,
        PollOption,
    }

    /// <summary>Fills the parts of posts read without tracking and without includes.</summary>
    public static async Task<List<Post>> WithPartsAsync(this ActivityDbContext db, List<Post> posts, CancellationToken cancellationToken)
    {
        if (posts.Count == 0)
        {
            return posts;
        }

        var sequences = posts.Select(p => p.Sequence).ToList();
        var rows = await db.PostTopics.Where(t => sequences.Contains(t.PostSequence))
                .Select(t => new { t.PostSequence, Part = (int)Part.Topic, Text = t.Topic, PersonId = Guid.Empty, Index = 0, Votes = 0 })
            .Concat(db.PostMentions.Where(m => sequences.Contains(m.PostSequence))
                .Select(m => new { m.PostSequence, Part = (int)Part.Mention, Text = string.Empty, m.PersonId, Index = 0, Votes = 0 }))
            .Concat(db.PollOptions.Where(o => sequences.Contains(o.PostSequence))
                .Select(o => new { o.PostSequence, Part = (int)Part.PollOption, o.Text, PersonId = Guid.Empty, o.Index, Votes = o.VoteCount }))
            .AsNoTracking().ToListAsync(cancellationToken);

        var bySequence = posts.ToDictionary(p => p.Sequence);
        foreach (var row in rows)
        {
            var post = bySequence[row.PostSequence];
            switch ((Part)row.Part)
            {
                case Part.Topic:
                    post.Topics.Add(new PostTopic { PostSequence = row.PostSequence, Topic = row.Text });
                    break;
                case Part.Mention:
                    post.Mentions.Add(new PostMention { PostSequence = row.PostSequence, PersonId = row.PersonId });
                    break;
                default:
                    post.PollOptions.Add(new PollOption { PostSequence = row.PostSequence, Index = row.Index, Text = row.Text, VoteCount = row.Votes });
                    break;
            }
        }

        return posts;
    }
}
