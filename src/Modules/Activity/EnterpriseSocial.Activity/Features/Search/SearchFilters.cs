using System.Linq.Expressions;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Search;

/// <summary>What every search of posts and their files filters by: folded words, and the reader's mutes.</summary>
internal static class SearchFilters
{
    /// <summary>Muted people, topics and conversations stay out of search as they stay out of the home stream.</summary>
    public static async Task<IQueryable<Post>> UnmutedAsync(ActivityDbContext db, Guid me, IQueryable<Post> posts, CancellationToken cancellationToken)
    {
        var mutes = await db.Mutes.AsNoTracking().Where(m => m.PersonId == me).ToListAsync(cancellationToken);
        var people = Ids(mutes, MuteKind.Person);
        var conversations = Ids(mutes, MuteKind.Conversation);
        var topics = mutes.Where(m => m.Kind == MuteKind.Topic).Select(m => m.Key).ToList();
        if (people.Count > 0)
        {
            posts = posts.Where(p => !people.Contains(p.AuthorId));
        }

        if (conversations.Count > 0)
        {
            posts = posts.Where(p => !conversations.Contains(p.Id) && (p.SharedPostId == null || !conversations.Contains(p.SharedPostId.Value)));
        }

        return topics.Count == 0 ? posts : posts.Where(p => !p.Topics.Any(t => topics.Contains(t.Topic)));
    }

    /// <summary><paramref name="text"/> contains every term; each term is a query parameter, never SQL text.</summary>
    public static Expression<Func<T, bool>> ContainsEvery<T>(Expression<Func<T, string?>> text, IReadOnlyList<string> terms)
    {
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        var every = terms.Select(term =>
            {
                // A captured variable, which EF Core sends as a parameter.
                Expression<Func<string>> value = () => term;
                return (Expression)Expression.Call(text.Body, contains, value.Body);
            })
            .Aggregate(Expression.AndAlso);
        return Expression.Lambda<Func<T, bool>>(every, text.Parameters);
    }

    private static List<Guid> Ids(List<Mute> mutes, MuteKind kind) =>
        mutes.Where(m => m.Kind == kind).Select(m => Guid.TryParse(m.Key, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
}
