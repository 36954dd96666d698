using System.Linq.Expressions;
using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Search;

/// <summary>What every search of posts and their files reads and filters by: folded words, a page, and the reader's mutes.</summary>
internal static class SearchFilters
{
    public const int QueryMaxLength = 200;

    /// <summary>Enough for a page of a word found in one post in fifty, read at once.</summary>
    public const int FirstWindow = 1024;

    /// <summary>The folded words of <paramref name="q"/>, which must hold one and be at most <see cref="QueryMaxLength"/> long, and the page asked for.</summary>
    public static (IReadOnlyList<string> Terms, long? Before, int PageSize) ReadQuery(string? q, string? cursor, int? limit, ValidationErrors errors)
    {
        var terms = q is null ? [] : SearchableText.Terms(q);
        errors
            .AddIf(terms.Count == 0, "q", Bilingual.Text("Give the words to search for.", "Indiquez les mots à rechercher."))
            .AddIf(q?.Length > QueryMaxLength, "q", Bilingual.Text($"q is at most {QueryMaxLength} characters.", $"Le paramètre q compte au plus {QueryMaxLength} caractères."));
        var (before, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        return (terms, before, pageSize);
    }

    /// <summary>
    /// The posts a search looks among: those the reader may see, not deleted, and not muted; only a space's when
    /// <paramref name="spaceId"/> is given, which finds nothing in a space the reader may not see, as in one that does not exist.
    /// </summary>
    public static async Task<IQueryable<Post>> SearchableAsync(ActivityDbContext db, PostAccess access, Guid me, Guid? spaceId, CancellationToken cancellationToken)
    {
        var visible = (await access.VisibleAsync(me, cancellationToken)).Where(p => p.DeletedAt == null);
        return await UnmutedAsync(db, me, spaceId is null ? visible : visible.Where(p => p.SpaceId == spaceId), cancellationToken);
    }

    /// <summary>
    /// The newest <paramref name="count"/> of <paramref name="matching"/> before the sequence <paramref name="before"/>, read
    /// in windows of sequences that grow fourfold from <see cref="FirstWindow"/>. A page then costs what lies between it and
    /// the newest post, whatever plan the database chooses: without statistics, SQLite reads every post a person may see
    /// through the space index and sorts them all before taking a page, even when the first posts it read would do.
    /// <paramref name="narrow"/>, when given, limits a window's posts to candidates an index finds, given the window, its bounds and how many are wanted.
    /// </summary>
    public static async Task<List<T>> NewestAsync<T>(
        ActivityDbContext db, IQueryable<Post> matching, long? before, int count, Expression<Func<Post, T>> select, CancellationToken cancellationToken,
        Func<IQueryable<Post>, long, long, int, IQueryable<Post>>? narrow = null)
    {
        // Only a window that an index narrows has a plan to choose: without one it is read through the sequence either way.
        await using var plans = narrow is null ? null : await PlannedForTheirValuesAsync(db, cancellationToken);

        // A cursor is any number a client sends: starting above the newest post would only read empty windows, wider and wider.
        var newest = await db.Posts.MaxAsync(p => (long?)p.Sequence, cancellationToken) ?? 0;
        var upper = Math.Min(before ?? long.MaxValue, newest + 1);
        var found = new List<T>();
        for (long width = FirstWindow; upper > 0 && found.Count < count; width *= 4)
        {
            var lower = Math.Max(upper - width, 0);
            var window = matching.Where(p => p.Sequence < upper && p.Sequence >= lower);
            found.AddRange(await (narrow is null ? window : narrow(window, lower, upper, count - found.Count))
                .OrderByDescending(p => p.Sequence).Take(count - found.Count).Select(select)
                .ToListAsync(cancellationToken));
            upper = lower;
        }

        return found;
    }

    /// <summary>
    /// PostgreSQL plans a statement it prepared for any values once it has run a few times; for a window, that plan does
    /// not know whether it holds a thousand posts or a million, nor how rare the words are, and read 650 000 posts
    /// through their sequence for a word in none (0.5 s at a million posts) where the trigram index finds none at once.
    /// The windows are planned for their own values instead, in a transaction that keeps that setting to themselves.
    /// </summary>
    private static async Task<IAsyncDisposable?> PlannedForTheirValuesAsync(ActivityDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return null;
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_custom_plan", cancellationToken);
        return transaction;
    }

    /// <summary>Muted people, topics and conversations stay out of search as they stay out of the home stream.</summary>
    private static async Task<IQueryable<Post>> UnmutedAsync(ActivityDbContext db, Guid me, IQueryable<Post> posts, CancellationToken cancellationToken)
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
