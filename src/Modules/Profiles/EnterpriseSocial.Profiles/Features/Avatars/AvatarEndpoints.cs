using EnterpriseSocial.Infrastructure.Content;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Domain;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles.Features.Avatars;

internal static class AvatarEndpoints
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPut("/me/avatar", UploadAsync).DisableAntiforgery().MovesFiles()
            .WithSummary("Replaces the caller's avatar: PNG, JPEG or WebP, at most 5 MB and 40 megapixels (multipart field 'file').");
        group.MapGet("/{id:guid}/avatar/{size:int}", DownloadAsync).RequireAuthorization(Capabilities.SeeCompanyImages)
            .WithSummary("A person's avatar at 64 or 256 pixels, as WebP; cached for a year (the URL carries the version).");
    }

    private static async Task<Results<Ok<AvatarVersion>, ProblemHttpResult>> UploadAsync(
        HttpContext context, ProfilesDbContext db, ProfileSummaryCache summaries)
    {
        var (upload, problem) = await Uploads.ReadAsync(context, MaxBytes, Bilingual.Text("An avatar is at most 5 MB.", "Une photo de profil fait au plus 5 Mo."));
        if (upload is null)
        {
            return problem!;
        }

        var (check, sizes) = SafeImages.Squares(upload.Content, Avatar.Sizes);
        if (check != ImageCheck.Accepted)
        {
            return ApiProblems.Unprocessable(check == ImageCheck.TooManyPixels
                ? Bilingual.Text("The image has too many pixels (at most 40 megapixels).", "L'image compte trop de pixels (40 mégapixels au plus).")
                : Bilingual.Text("Only PNG, JPEG and WebP images are accepted.", "Seules les images PNG, JPEG et WebP sont acceptées."));
        }

        var me = context.User.PersonId();
        if (me is null || !await db.Profiles.AnyAsync(p => p.Id == me, context.RequestAborted))
        {
            return ApiProblems.NotFound(Bilingual.Text("You have no profile yet.", "Vous n'avez pas encore de profil."));
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
            return ApiProblems.NotFound(Bilingual.Text("No such avatar.", "Cette photo de profil n'existe pas."));
        }

        context.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        return TypedResults.File(avatar.Content, "image/webp");
    }
}

internal sealed record AvatarVersion(int Version);
