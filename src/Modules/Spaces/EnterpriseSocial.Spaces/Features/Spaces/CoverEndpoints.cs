using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Content;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Storage;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Access;
using EnterpriseSocial.Spaces.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Spaces.Features.Spaces;

/// <summary>A space's cover image, re-encoded like avatars, shown to whoever may see the space.</summary>
internal static class CoverEndpoints
{
    private const long MaxBytes = 5 * 1024 * 1024;
    private const int MaxSide = 1600;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPut("/{id:guid}/cover", UploadAsync).DisableAntiforgery().MovesFiles()
            .WithSummary("Replaces a space's cover image: PNG, JPEG or WebP, at most 5 MB (multipart field 'file'; owners and managers).");
        group.MapDelete("/{id:guid}/cover", RemoveAsync).WithSummary("Removes a space's cover image.");
        group.MapGet("/{id:guid}/cover", DownloadAsync).RequireAuthorization(Capabilities.SeeSpaceImages)
            .WithSummary("A space's cover image as WebP; cached, the URL carries the version.");
    }

    private static string Key(Guid id) => $"spaces/{id:N}/cover";

    private static async Task<Results<NoContent, ProblemHttpResult>> UploadAsync(
        Guid id, HttpContext context, SpacesDbContext db, SpaceAccess access, IFileStore store)
    {
        if (await SpaceEndpoints.ManagedAsync(context.User.PersonId()!.Value, id, access, context.RequestAborted) is { } problem)
        {
            return problem;
        }

        var (upload, uploadProblem) = await Uploads.ReadAsync(context, MaxBytes, Bilingual.Text("A cover image is at most 5 MB.", "Une image de couverture fait au plus 5 Mo."));
        if (upload is null)
        {
            return uploadProblem!;
        }

        var (check, image) = SafeImages.Fitting(upload.Content, MaxSide);
        if (image is null)
        {
            return ApiProblems.Unprocessable(check == ImageCheck.TooManyPixels
                ? Bilingual.Text("The image has too many pixels (at most 40 megapixels).", "L'image compte trop de pixels (40 mégapixels au plus).")
                : Bilingual.Text("Only PNG, JPEG and WebP images are accepted.", "Seules les images PNG, JPEG et WebP sont acceptées."));
        }

        await store.SaveAsync(Key(id), image.Webp, context.RequestAborted);
        await db.Spaces.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.CoverVersion, x => x.CoverVersion + 1), context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(Guid id, HttpContext context, SpacesDbContext db, SpaceAccess access)
    {
        if (await SpaceEndpoints.ManagedAsync(context.User.PersonId()!.Value, id, access, context.RequestAborted) is { } problem)
        {
            return problem;
        }

        await db.Spaces.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.CoverVersion, 0), context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> DownloadAsync(Guid id, HttpContext context, SpaceAccess access, IFileStore store)
    {
        var found = context.User.PersonId() is { } me ? await access.FindAsync(me, id, context.RequestAborted) : null;
        var content = found is { Space.CoverVersion: > 0 } ? await store.ReadAsync(Key(id), context.RequestAborted) : null;
        if (content is null)
        {
            return SpaceEndpoints.NoSuchSpace();
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        return TypedResults.File(content, "image/webp");
    }
}
