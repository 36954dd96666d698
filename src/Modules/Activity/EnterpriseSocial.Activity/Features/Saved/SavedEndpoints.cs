using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Saved;

/// <summary>Saving posts to read later; saving twice is harmless.</summary>
internal static class SavedEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPut("/posts/{id:guid}/saved", SaveAsync).WithSummary("Saves a post to your saved items.");
        group.MapDelete("/posts/{id:guid}/saved", UnsaveAsync).WithSummary("Removes a post from your saved items.");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SaveAsync(
        Guid id, HttpContext context, ActivityDbContext db, PostAccess access, TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        var post = await (await access.VisibleAsync(me, context.RequestAborted)).Where(p => p.Id == id && p.DeletedAt == null).Select(p => new { p.Sequence }).SingleOrDefaultAsync(context.RequestAborted);
        if (post is null)
        {
            return ManagePostEndpoints.NoSuchPost();
        }

        await db.AddOnceAsync(
            new SavedPost { PersonId = me, PostId = id, PostSequence = post.Sequence, SavedAt = clock.GetUtcNow() },
            s => s.PersonId == me && s.PostId == id, context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> UnsaveAsync(Guid id, HttpContext context, ActivityDbContext db)
    {
        var me = context.User.PersonId()!.Value;
        await db.SavedPosts.Where(s => s.PersonId == me && s.PostId == id).ExecuteDeleteAsync(context.RequestAborted);
        return TypedResults.NoContent();
    }
}
