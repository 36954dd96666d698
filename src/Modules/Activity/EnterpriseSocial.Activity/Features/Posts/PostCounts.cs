using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Posts;

/// <summary>A post's reaction and comment counts, as the live hint <c>post.counts</c> carries them.</summary>
internal sealed record PostCountsView(Guid PostId, int CommentCount, Dictionary<string, int> Reactions);

/// <summary>
/// The current counts of posts a reader already shows. Live hints keep them current while the hub
/// connection lasts; a reconnect is a new connection that missed the hints sent meanwhile (ADR 0045),
/// so the client asks for the counts of everything it shows, in one request per hundred posts.
/// </summary>
internal static class PostCountsEndpoint
{
    public const int MaxPosts = 100;

    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/posts/counts", HandleAsync)
            .WithSummary("The reaction and comment counts of up to 100 posts, by comma-separated ids; posts you cannot see are left out.");

    private static async Task<Results<Ok<List<PostCountsView>>, ValidationProblem>> HandleAsync(
        HttpContext context, PostAccess access, string? ids = null)
    {
        var parts = ids?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        var wanted = parts.Select(p => Guid.TryParse(p, out var id) ? id : (Guid?)null).ToList();
        var errors = new ValidationErrors()
            .AddIf(parts.Length == 0, "ids", Bilingual.Text("Give the ids of the posts, separated by commas.", "Indiquez les identifiants des publications, séparés par des virgules."))
            .AddIf(parts.Length > MaxPosts, "ids", Bilingual.Text($"At most {MaxPosts} posts at once.", $"Au plus {MaxPosts} publications à la fois."))
            .AddIf(wanted.Contains(null), "ids", Bilingual.Text("Each id is a post's identifier.", "Chaque identifiant est celui d'une publication."));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var me = context.User.PersonId()!.Value;
        var postIds = wanted.Select(id => id!.Value).Distinct().ToList();
        var counts = await (await access.VisibleAsync(me, context.RequestAborted)).Where(p => postIds.Contains(p.Id))
            .Select(p => new { p.Id, p.CommentCount, p.Reactions }).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(counts.Select(c => new PostCountsView(c.Id, c.CommentCount, c.Reactions.ToDictionary())).ToList());
    }
}
