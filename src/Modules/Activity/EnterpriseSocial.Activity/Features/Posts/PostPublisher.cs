using System.Security.Cryptography;
using System.Text;
using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Content;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Moderation;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Posts;

/// <summary>A post ready to write: everything checked, nothing written yet.</summary>
internal sealed record PreparedPost(PostKind Kind, string Body, KeywordVerdict Verdict, Guid? SharedPostId, List<Attachment> Attachments);

/// <summary>What publishing gave: the post (<see cref="Replayed"/> when an earlier request with the same key made it), or why not.</summary>
internal sealed record PublishOutcome(Post? Post, bool Replayed, ValidationProblem? Invalid, ProblemHttpResult? Problem)
{
    public static PublishOutcome Refused(ValidationProblem? invalid, ProblemHttpResult? problem) => new(null, false, invalid, problem);

    /// <summary>The reason in a sentence, for a scheduled post whose publication failed.</summary>
    public string? Reason => Invalid?.ProblemDetails.Errors.SelectMany(e => e.Value).FirstOrDefault() ?? Problem?.ProblemDetails.Detail;
}

/// <summary>
/// Publishing a post, for a person's request now or for a post they scheduled: the same checks
/// (content, rights, space membership, keyword rules, attachments), the same write and event.
/// </summary>
internal sealed class PostPublisher(
    ActivityDbContext db, PostAccess access, PostRenderer renderer, ISpaceAccess spaces, KeywordRules keywords, Moderator moderator, TimeProvider clock)
{
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>Checks a request as <paramref name="me"/>; the refusal, or what the write needs.</summary>
    public async Task<(PreparedPost? Prepared, PublishOutcome? Refusal)> PrepareAsync(
        Guid me, PublishPostRequest request, bool mayAnnounceCompanyWide, CancellationToken cancellationToken)
    {
        var body = request.Body?.Trim() ?? string.Empty;
        var errors = new ValidationErrors()
            .AddIf(body.Length == 0 && request.SharedPostId is null && request.AttachmentIds is not { Count: > 0 }, "body", Bilingual.Text("Write something.", "Écrivez quelque chose."))
            .AddIf(request.AttachmentIds?.Count > Attachment.MaxPerPost, "attachmentIds", Bilingual.Text($"At most {Attachment.MaxPerPost} attachments.",
                $"Au plus {Attachment.MaxPerPost} pièces jointes."))
            .AddIf(body.Length > Post.BodyMaxLength, "body", Bilingual.Text($"At most {Post.BodyMaxLength} characters.", $"Au plus {Post.BodyMaxLength} caractères."));
        var kind = PostKinds.Validate(request, clock.GetUtcNow(), errors);
        errors.AddIf(kind is PostKind.Poll or PostKind.Question && body.Length == 0, "body", Bilingual.Text("Write the question.", "Écrivez la question."));
        if (!errors.IsEmpty)
        {
            return (null, PublishOutcome.Refused(TypedResults.ValidationProblem(errors.ToDictionary()), null));
        }

        if (kind == PostKind.Announcement && request.SpaceId is null && !mayAnnounceCompanyWide)
        {
            return Refuse(ApiProblems.Forbidden(Bilingual.Text("Company announcements are published by communication, HR and administrators.",
                "Les annonces de l'entreprise sont publiées par la communication, les RH et les administrateurs.")));
        }

        if (request.SpaceId is { } spaceId && await SpaceProblemAsync(me, spaceId, kind, cancellationToken) is { } spaceProblem)
        {
            return Refuse(spaceProblem);
        }

        if (request.SpaceId is null && !await access.MayWriteAsync(me, null, cancellationToken))
        {
            return Refuse(ApiProblems.Forbidden(Bilingual.Text("Guests write in the spaces they were invited to, not company-wide.",
                "Les invités écrivent dans les espaces auxquels ils ont été invités, pas dans toute l'entreprise.")));
        }

        var verdict = await keywords.CheckAsync(body, cancellationToken);
        if (verdict.Refusal is { } refusal)
        {
            return Refuse(ApiProblems.Unprocessable(refusal));
        }

        Guid? sharedPostId = null;
        if (request.SharedPostId is { } sharedId)
        {
            var original = await (await access.VisibleAsync(me, cancellationToken)).Where(p => p.Id == sharedId)
                .Select(p => new { p.Id, p.SharedPostId, p.DeletedAt, p.SpaceId }).SingleOrDefaultAsync(cancellationToken);
            if (original is null || original.DeletedAt is not null)
            {
                return Refuse(ApiProblems.Unprocessable(Bilingual.Text("There is no such post to share.", "La publication à partager n'existe pas.")));
            }

            // A post written in a space is shared within that space only: its readers are the space's.
            if (original.SpaceId is not null && original.SpaceId != request.SpaceId)
            {
                return Refuse(ApiProblems.Unprocessable(Bilingual.Text("A post from a space can be shared only within that space.",
                    "Une publication d'un espace ne peut être partagée que dans cet espace.")));
            }

            // Sharing a share shares the original, so that a conversation never hides behind a chain of shares.
            sharedPostId = original.SharedPostId ?? original.Id;
        }

        var attachmentIds = request.AttachmentIds?.Distinct().ToList() ?? [];
        var attachments = attachmentIds.Count == 0 ? [] : await db.Attachments
            .Where(a => attachmentIds.Contains(a.Id) && a.UploaderId == me && a.PostId == null).ToListAsync(cancellationToken);
        return attachments.Count != attachmentIds.Count
            ? Refuse(ApiProblems.Unprocessable(Bilingual.Text("Attach only files you uploaded and have not attached to another post.",
                "Joignez uniquement des fichiers que vous avez envoyés et qui ne sont pas joints à une autre publication.")))
            : (new PreparedPost(kind, body, verdict, sharedPostId, attachments), null);
    }

    public async Task<PublishOutcome> PublishAsync(
        Guid me, PublishPostRequest request, bool mayAnnounceCompanyWide, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var requestHash = Hash(request);
        if (idempotencyKey is not null && await ReplayAsync(me, idempotencyKey, requestHash, cancellationToken) is { } replayed)
        {
            return replayed;
        }

        var (prepared, refusal) = await PrepareAsync(me, request, mayAnnounceCompanyWide, cancellationToken);
        if (prepared is null)
        {
            return refusal!;
        }

        var content = await renderer.RenderAsync(prepared.Body, cancellationToken);
        var post = Post.Publish(me, content, prepared.SharedPostId, clock.GetUtcNow(), prepared.Kind, request.SpaceId);
        PostKinds.Apply(post, request);
        db.Posts.Add(post);
        prepared.Attachments.ForEach(a => a.PostId = post.Id);
        if (idempotencyKey is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                PersonId = me, Key = idempotencyKey, PostId = post.Id, RequestHash = requestHash, CreatedAt = clock.GetUtcNow(),
            });
        }

        db.Publish(new PostPublished(
            post.Id, me, content.Topics, content.Mentions, prepared.SharedPostId, request.SpaceId, post.Kind == PostKind.Announcement, post.MustRead));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // Another request with the same key won the race; answer with what it created.
            db.ChangeTracker.Clear();
            return await ReplayAsync(me, idempotencyKey, requestHash, cancellationToken) ?? throw new InvalidOperationException("The post's key was taken, yet no post holds it.");
        }

        if (prepared.Verdict.FlaggedBy is { } pattern)
        {
            await moderator.FlagAsync(ReportTarget.Post, post.Id, pattern, cancellationToken);
        }

        return new PublishOutcome(post, false, null, null);
    }

    private static (PreparedPost?, PublishOutcome?) Refuse(ProblemHttpResult problem) => (null, PublishOutcome.Refused(null, problem));

    /// <summary>
    /// Writing in a space is for its members; a space the author cannot read answers like one that
    /// does not exist. Announcements in a space are for its managers.
    /// </summary>
    private async Task<ProblemHttpResult?> SpaceProblemAsync(Guid me, Guid spaceId, PostKind kind, CancellationToken cancellationToken)
    {
        if ((await spaces.ReadableAsync(me, [spaceId], cancellationToken)).Count == 0)
        {
            return ApiProblems.NotFound(Bilingual.Text("No such space.", "Cet espace n'existe pas."));
        }

        if (!await access.MayWriteAsync(me, spaceId, cancellationToken))
        {
            return ApiProblems.Forbidden(Bilingual.Text("Only the space's members write in it, and not once it is archived.",
                "Seuls les membres de l'espace peuvent y écrire, et plus personne une fois qu'il est archivé."));
        }

        return kind == PostKind.Announcement && !await spaces.CanModerateAsync(me, spaceId, cancellationToken)
            ? ApiProblems.Forbidden(Bilingual.Text("Announcements in a space are published by its managers.", "Les annonces d'un espace sont publiées par ses animateurs."))
            : null;
    }

    private async Task<PublishOutcome?> ReplayAsync(Guid me, string key, string requestHash, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.PersonId == me && r.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        if (record.RequestHash != requestHash)
        {
            return PublishOutcome.Refused(null, ApiProblems.Unprocessable(Bilingual.Text($"This {IdempotencyHeader} was already used for a different post.",
                $"Cette valeur de {IdempotencyHeader} a déjà servi pour une autre publication.")));
        }

        var post = await db.Posts.AsNoTracking().Include(p => p.Topics).Include(p => p.Mentions).Include(p => p.PollOptions)
            .SingleAsync(p => p.Id == record.PostId, cancellationToken);
        return new PublishOutcome(post, true, null, null);
    }

    private static string Hash(PublishPostRequest request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{request.Kind}\n{request.SharedPostId}\n{string.Join(',', request.AttachmentIds ?? [])}\n{string.Join('\n', request.Poll?.Options ?? [])}\n{request.Body?.Trim()}")));
}
