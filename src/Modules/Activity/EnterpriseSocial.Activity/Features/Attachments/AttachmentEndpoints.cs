using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Content;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Storage;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.Activity.Features.Attachments;

internal sealed record AttachmentView(Guid Id, string Kind, string FileName, string ContentType, long Size, int Width, int Height, string Url)
{
    public static AttachmentView Of(Attachment a) => new(
        a.Id, a.Kind == AttachmentKind.Image ? "image" : "file", a.FileName, a.ContentType, a.Size, a.Width, a.Height,
        $"/api/v1/activity/attachments/{a.Id}/content");
}

/// <summary>Uploading images and files for a post, and fetching them for whoever may see the post.</summary>
internal static class AttachmentEndpoints
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/attachments", UploadAsync).DisableAntiforgery().MovesFiles()
            .WithSummary("Uploads an image (PNG, JPEG, WebP; re-encoded) or a file (PDF, Office, text) to attach to your next post.");

    /// <summary>Outside the bearer-only group: an img element sends the browser session, not a token.</summary>
    public static void MapContent(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/activity/attachments/{id:guid}/content", ContentAsync).WithTags("Activity").MovesFiles()
            .RequireAuthorization(Capabilities.SeeSpaceImages)
            .WithSummary("An attachment's content: images inline, files as downloads; only for people who may see its post.");

    private static async Task<Results<Created<AttachmentView>, ProblemHttpResult>> UploadAsync(
        HttpContext context, ActivityDbContext db, IFileStore store, IOptions<AttachmentSettings> options, TimeProvider clock)
    {
        var settings = options.Value;
        var (upload, problem) = await Uploads.ReadAsync(context, settings.MaxBytes, Bilingual.Text($"An attachment is at most {settings.MaxBytes / (1024 * 1024)} MB.",
            $"Une pièce jointe fait au plus {settings.MaxBytes / (1024 * 1024)} Mo."));
        if (upload is null)
        {
            return problem!;
        }

        var attachment = new Attachment
        {
            Id = Guid.CreateVersion7(), UploaderId = context.User.PersonId()!.Value, FileName = SafeName(upload.FileName), CreatedAt = clock.GetUtcNow(),
        };
        attachment.SearchName = SearchableText.OfName(attachment.FileName);
        byte[] stored;
        if (SafeImages.HasImageSignature(upload.Content))
        {
            var (check, image) = SafeImages.Fitting(upload.Content, settings.MaxImageSide);
            if (image is null)
            {
                return ApiProblems.Unprocessable(check == ImageCheck.TooManyPixels
                    ? Bilingual.Text("The image has too many pixels (at most 40 megapixels).", "L'image compte trop de pixels (40 mégapixels au plus).")
                    : Bilingual.Text("This image could not be read.", "Cette image n'a pas pu être lue."));
            }

            (stored, attachment.Kind, attachment.ContentType, attachment.Width, attachment.Height) =
                (image.Webp, AttachmentKind.Image, "image/webp", image.Width, image.Height);
            attachment.FileName = Path.ChangeExtension(attachment.FileName, ".webp");
        }
        else if (AttachmentFiles.ContentTypeOf(upload.Content, upload.FileName) is { } contentType)
        {
            (stored, attachment.Kind, attachment.ContentType) = (upload.Content, AttachmentKind.File, contentType);
        }
        else
        {
            return ApiProblems.Unprocessable(Bilingual.Text("Attach PNG, JPEG or WebP images, or PDF, Office documents and text files.",
                "Joignez des images PNG, JPEG ou WebP, ou bien des fichiers PDF, des documents Office et des fichiers texte."));
        }

        attachment.Size = stored.Length;
        attachment.StorageKey = $"activity/{attachment.CreatedAt:yyyy/MM}/{attachment.Id:N}";
        await store.SaveAsync(attachment.StorageKey, stored, context.RequestAborted);
        db.Attachments.Add(attachment);
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Created(AttachmentView.Of(attachment).Url, AttachmentView.Of(attachment));
    }

    private static async Task<IResult> ContentAsync(Guid id, HttpContext context, ActivityDbContext db, PostAccess access, IFileStore store)
    {
        var me = context.User.PersonId();
        var attachment = me is null ? null : await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, context.RequestAborted);
        var visible = attachment is not null && (attachment.PostId is { } postId
            ? await (await access.VisibleAsync(me!.Value, context.RequestAborted)).AnyAsync(p => p.Id == postId && p.DeletedAt == null, context.RequestAborted)
            : attachment.UploaderId == me);
        var content = visible ? await store.ReadAsync(attachment!.StorageKey, context.RequestAborted) : null;
        if (content is null)
        {
            return ApiProblems.NotFound(Bilingual.Text("No such attachment.", "Cette pièce jointe n'existe pas."));
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "private, max-age=3600";
        return attachment!.Kind == AttachmentKind.Image
            ? TypedResults.File(content, attachment.ContentType)
            : TypedResults.File(content, attachment.ContentType, attachment.FileName);
    }

    private static string SafeName(string name)
    {
        var cleaned = new string(Path.GetFileName(name).Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray()).Trim();
        return cleaned.Length is > 0 and <= 200 ? cleaned : "attachment";
    }
}
