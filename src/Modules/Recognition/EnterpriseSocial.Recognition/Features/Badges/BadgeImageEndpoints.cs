using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Content;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Storage;
using EnterpriseSocial.Recognition.Data;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Recognition.Features.Badges;

/// <summary>A badge's own image: PNG only (never SVG, which can carry script), re-encoded like avatars.</summary>
internal static class BadgeImageEndpoints
{
    private const long MaxBytes = 1024 * 1024;
    private const int MaxSide = 256;
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPut("/badges/{id:guid}/image", UploadAsync).DisableAntiforgery().MovesFiles().RequireAuthorization(Capabilities.AdministerAccounts)
            .WithSummary("Gives a badge its own image: a PNG of at most 1 MB (multipart field 'file').");
        group.MapDelete("/badges/{id:guid}/image", RemoveAsync).RequireAuthorization(Capabilities.AdministerAccounts)
            .WithSummary("Goes back to the badge's built-in icon.");
        group.MapGet("/badges/{id:guid}/image", DownloadAsync).RequireAuthorization(Capabilities.SeeCompanyImages)
            .WithSummary("A badge's image as WebP; cached, the URL carries the version.");
    }

    private static string Key(Guid id) => $"recognition/badges/{id:N}";

    private static async Task<Results<Ok<BadgeView>, ProblemHttpResult>> UploadAsync(Guid id, HttpContext context, RecognitionDbContext db, IFileStore store)
    {
        var badge = await db.Badges.SingleOrDefaultAsync(b => b.Id == id, context.RequestAborted);
        if (badge is null)
        {
            return BadgeEndpoints.NoSuchBadge();
        }

        var (upload, problem) = await Uploads.ReadAsync(context, MaxBytes, Bilingual.Text("A badge image is at most 1 MB.", "Une image de badge fait au plus 1 Mo."));
        if (upload is null)
        {
            return problem!;
        }

        var (_, image) = upload.Content.AsSpan().StartsWith(PngSignature) ? SafeImages.Fitting(upload.Content, MaxSide) : (default, null);
        if (image is null)
        {
            return ApiProblems.Unprocessable(Bilingual.Text("A badge image is a PNG picture.", "Une image de badge doit être au format PNG."));
        }

        await store.SaveAsync(Key(id), image.Webp, context.RequestAborted);
        badge.ImageVersion++;
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Ok(BadgeView.From(badge));
    }

    private static async Task<Results<Ok<BadgeView>, ProblemHttpResult>> RemoveAsync(Guid id, HttpContext context, RecognitionDbContext db)
    {
        var badge = await db.Badges.SingleOrDefaultAsync(b => b.Id == id, context.RequestAborted);
        if (badge is null)
        {
            return BadgeEndpoints.NoSuchBadge();
        }

        badge.ImageVersion = 0;
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Ok(BadgeView.From(badge));
    }

    private static async Task<IResult> DownloadAsync(Guid id, HttpContext context, RecognitionDbContext db, IFileStore store)
    {
        var hasImage = await db.Badges.AnyAsync(b => b.Id == id && b.ImageVersion > 0, context.RequestAborted);
        var content = hasImage ? await store.ReadAsync(Key(id), context.RequestAborted) : null;
        if (content is null)
        {
            return BadgeEndpoints.NoSuchBadge();
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        return TypedResults.File(content, "image/webp");
    }
}
