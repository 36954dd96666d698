using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles.Features.Avatars;

internal static class AvatarEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPut("/me/avatar", UploadAsync).DisableAntiforgery()
            .WithSummary("Replaces the caller's avatar: PNG, JPEG or WebP, at most 5 MB and 40 megapixels (multipart field 'file').");
        group.MapGet("/{id:guid}/avatar/{size:int}", DownloadAsync).RequireAuthorization(Capabilities.SeeCompanyImages)
            .WithSummary("A person's avatar at 64 or 256 pixels, as WebP; cached for a year (the URL carries the version).");
    }

    private static async Task<Results<Ok<AvatarVersion>, ProblemHttpResult>> UploadAsync(
        HttpContext context, ProfilesDbContext db, ProfileSummaryCache summaries)
    {
        var request = context.Request;
        if (request.ContentLength > AvatarImages.MaxBytes + 64 * 1024)
        {
            return ApiProblems.PayloadTooLarge("An avatar is at most 5 MB.");
        }

        if (!request.HasFormContentType)
        {
            return ApiProblems.Unprocessable("Send the image as multipart/form-data in the field 'file'.");
        }

        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(context.RequestAborted)).Files.GetFile("file");
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            return ApiProblems.PayloadTooLarge("An avatar is at most 5 MB.");
        }

        if (file is null || file.Length == 0)
        {
            return ApiProblems.Unprocessable("Send the image in the field 'file'.");
        }

        if (file.Length > AvatarImages.MaxBytes)
        {
            return ApiProblems.PayloadTooLarge("An avatar is at most 5 MB.");
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, context.RequestAborted);
        }

        var (check, sizes) = AvatarImages.Process(bytes, Avatar.Sizes);
        if (check != ImageCheck.Accepted)
        {
            return ApiProblems.Unprocessable(check == ImageCheck.TooManyPixels
                ? "The image has too many pixels (at most 40 megapixels)."
                : "Only PNG, JPEG and WebP images are accepted.");
        }

        var me = context.User.PersonId();
        if (me is null || !await db.Profiles.AnyAsync(p => p.Id == me, context.RequestAborted))
        {
            return ApiProblems.NotFound("You have no profile yet.");
        }

        var existing = await db.Avatars.Where(a => a.ProfileId == me).ToListAsync(context.RequestAborted);
        var version = existing.Select(a => a.Version).DefaultIfEmpty(0).Max() + 1;
        db.Avatars.RemoveRange(existing);
        db.Avatars.AddRange(sizes.Select(s => new Avatar { ProfileId = me.Value, Size = s.Key, Version = version, Content = s.Value }));
        await db.Profiles.Where(p => p.Id == me).ExecuteUpdateAsync(p => p.SetProperty(x => x.AvatarVersion, version), context.RequestAborted);
        await db.SaveChangesAsync(context.RequestAborted);
        summaries.Evict(me.Value);
        return TypedResults.Ok(new AvatarVersion(version));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid id, int size, HttpContext context, ProfilesDbContext db)
    {
        var avatar = await db.Avatars.AsNoTracking().SingleOrDefaultAsync(a => a.ProfileId == id && a.Size == size, context.RequestAborted);
        if (avatar is null)
        {
            return ApiProblems.NotFound("No such avatar.");
        }

        context.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        return TypedResults.File(avatar.Content, "image/webp");
    }
}

internal sealed record AvatarVersion(int Version);
