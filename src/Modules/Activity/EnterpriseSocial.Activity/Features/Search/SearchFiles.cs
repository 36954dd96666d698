using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Attachments;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Search;

/// <summary>The post a file was shared in, enough to say who shared it, when, and where to read it.</summary>
internal sealed record FileSharedIn(Guid Id, PersonView Author, DateTimeOffset CreatedAt, string Excerpt, SpaceRef? Space);

internal sealed record FileFound(AttachmentView File, FileSharedIn Post);

/// <summary>
/// Files and images shared in posts, found by every word of their name, accents and case aside. Only
/// files of posts the reader may see and has not muted, as for posts (ADR 0021); a page is the files of
/// the next posts that have any, newest post first, paged by the post's sequence like the streams.
/// </summary>
internal static class SearchFilesEndpoint
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/search/files", HandleAsync)
            .WithSummary("Files shared in posts whose names contain every word of q, accent- and case-insensitively, newest post first; only a space's when space is given.");

    private static async Task<Results<Ok<CursorPage<FileFound>>, ValidationProblem>> HandleAsync(
        HttpContext context, ActivityDbContext db, PostAccess access, IProfileDirectory directory, ISpaceAccess spaces,
        string? q = null, Guid? space = null, string? cursor = null, int? limit = null)
    {
        var errors = new ValidationErrors();
        var (terms, before, pageSize) = SearchFilters.ReadQuery(q, cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var me = context.User.PersonId()!.Value;
        var cancellationToken = context.RequestAborted;
        var named = db.Attachments.AsNoTracking().Where(SearchFilters.ContainsEvery<Attachment>(a => a.SearchName, terms));
        var visible = await SearchFilters.SearchableAsync(db, access, me, space, cancellationToken);
        var found = await SearchFilters.NewestAsync(
            db, visible.Where(p => named.Any(a => a.PostId == p.Id)), before, pageSize + 1,
            p => new { p.Id, p.Sequence, p.AuthorId, p.CreatedAt, p.BodyHtml, p.SpaceId }, cancellationToken);

        var page = found.Take(pageSize).ToList();
        var ids = page.Select(p => p.Id).ToList();
        var files = (await named.Where(a => a.PostId != null && ids.Contains(a.PostId.Value)).ToListAsync(cancellationToken))
            .OrderBy(a => a.CreatedAt).ToLookup(a => a.PostId!.Value);
        var authors = (await directory.GetSummariesAsync(page.Select(p => p.AuthorId).Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var spaceNames = await spaces.NamesAsync(page.Where(p => p.SpaceId is not null).Select(p => p.SpaceId!.Value).Distinct().ToList(), cancellationToken);

        var items = page.SelectMany(post =>
        {
            var author = authors.TryGetValue(post.AuthorId, out var summary) ? PersonView.Of(summary) : PersonView.Unknown(post.AuthorId);
            var space = post.SpaceId is { } spaceId && spaceNames.TryGetValue(spaceId, out var name) ? new SpaceRef(spaceId, name) : null;
            var sharedIn = new FileSharedIn(post.Id, author, post.CreatedAt, PostGlimpses.Excerpt(post.BodyHtml), space);
            return files[post.Id].Select(file => new FileFound(AttachmentView.Of(file), sharedIn));
        }).ToList();
        return TypedResults.Ok(new CursorPage<FileFound>(items, found.Count > pageSize ? SequenceCursor.Encode(page[^1].Sequence) : null));
    }
}
