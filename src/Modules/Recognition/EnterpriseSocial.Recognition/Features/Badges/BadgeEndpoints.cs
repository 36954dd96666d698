using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Recognition.Data;
using EnterpriseSocial.Recognition.Domain;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Recognition.Features.Badges;

internal sealed record Translated(string Fr, string En);

internal sealed record BadgeView(
    Guid Id, string Kind, Translated Name, Translated Description, string? Value, string Icon, int ImageVersion, bool Retired, string? AchievementKey)
{
    public static BadgeView From(Badge badge) => new(
        badge.Id, badge.Kind == BadgeKind.Praise ? "praise" : "achievement", new(badge.NameFr, badge.NameEn), new(badge.DescriptionFr, badge.DescriptionEn),
        badge.Value, badge.Icon, badge.ImageVersion, badge.RetiredAt is not null, badge.AchievementKey);
}

internal sealed record BadgeRequest(Translated? Name, Translated? Description, string? Value, string? Icon, bool? Retired);

/// <summary>The badge catalogue: everyone reads it; administrators shape it. Retiring keeps what was given.</summary>
internal static class BadgeEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/badges", ListAsync).WithSummary("The badges of the catalogue; includeRetired=true adds the retired ones.");
        group.MapGet("/values", ValuesAsync).WithSummary("The company values the catalogue's badges stand for.");
        group.MapPost("/badges", CreateAsync).RequireAuthorization(Capabilities.AdministerAccounts).WithSummary("Adds a praise badge to the catalogue.");
        group.MapPatch("/badges/{id:guid}", UpdateAsync).RequireAuthorization(Capabilities.AdministerAccounts)
            .WithSummary("Renames, describes, re-values or retires a badge.");
    }

    public static ProblemHttpResult NoSuchBadge() => ApiProblems.NotFound(Bilingual.Text("There is no such badge.", "Ce badge n'existe pas."));

    private static async Task<Ok<List<BadgeView>>> ListAsync(bool? includeRetired, RecognitionDbContext db, HttpContext context)
    {
        var badges = db.Badges.AsNoTracking();
        badges = includeRetired == true ? badges : badges.Where(b => b.RetiredAt == null);
        var list = await badges.ToListAsync(context.RequestAborted);
        return TypedResults.Ok(list.OrderBy(b => b.Kind).ThenBy(b => b.NameEn, StringComparer.OrdinalIgnoreCase).Select(BadgeView.From).ToList());
    }

    private static async Task<Ok<List<string>>> ValuesAsync(RecognitionDbContext db, HttpContext context)
    {
        var values = await db.Badges.AsNoTracking().Where(b => b.Value != null && b.RetiredAt == null).Select(b => b.Value!).Distinct().ToListAsync(context.RequestAborted);
        return TypedResults.Ok(values.Order(StringComparer.OrdinalIgnoreCase).ToList());
    }

    private static async Task<Results<Created<BadgeView>, ValidationProblem>> CreateAsync(BadgeRequest request, RecognitionDbContext db, TimeProvider clock, HttpContext context)
    {
        var errors = Validate(request, creating: true);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var badge = new Badge { Id = Guid.CreateVersion7(), Kind = BadgeKind.Praise, CreatedAt = clock.GetUtcNow() };
        Apply(badge, request, clock.GetUtcNow());
        db.Badges.Add(badge);
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Created($"/api/v1/recognition/badges/{badge.Id}", BadgeView.From(badge));
    }

    private static async Task<Results<Ok<BadgeView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, BadgeRequest request, RecognitionDbContext db, TimeProvider clock, HttpContext context)
    {
        var errors = Validate(request, creating: false);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var badge = await db.Badges.SingleOrDefaultAsync(b => b.Id == id, context.RequestAborted);
        if (badge is null)
        {
            return NoSuchBadge();
        }

        if (badge.Kind == BadgeKind.Achievement && (request.Retired == true || request.Value is not null))
        {
            return ApiProblems.Unprocessable(Bilingual.Text("Achievement badges are earned by rules: they can be renamed and described, not retired or given a value.",
                "Les badges de succès s'obtiennent selon des règles : vous pouvez les renommer et les décrire, mais pas les retirer ni leur donner une valeur."));
        }

        Apply(badge, request, clock.GetUtcNow());
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Ok(BadgeView.From(badge));
    }

    private static ValidationErrors Validate(BadgeRequest request, bool creating)
    {
        static bool Bad(string? text, int max) => string.IsNullOrWhiteSpace(text) || text.Trim().Length > max;
        var errors = new ValidationErrors();
        if (creating || request.Name is not null)
        {
            errors.AddIf(Bad(request.Name?.Fr, Badge.NameMaxLength), "name.fr", Bilingual.Text($"A French name of at most {Badge.NameMaxLength} characters.",
                $"Saisissez le nom en français, en {Badge.NameMaxLength} caractères au plus."))
                .AddIf(Bad(request.Name?.En, Badge.NameMaxLength), "name.en", Bilingual.Text($"An English name of at most {Badge.NameMaxLength} characters.",
                    $"Saisissez le nom en anglais, en {Badge.NameMaxLength} caractères au plus."));
        }

        if (creating || request.Description is not null)
        {
            errors.AddIf(Bad(request.Description?.Fr, Badge.DescriptionMaxLength), "description.fr", Bilingual.Text($"A French description of at most {Badge.DescriptionMaxLength} characters.",
                $"Saisissez la description en français, en {Badge.DescriptionMaxLength} caractères au plus."))
                .AddIf(Bad(request.Description?.En, Badge.DescriptionMaxLength), "description.en", Bilingual.Text($"An English description of at most {Badge.DescriptionMaxLength} characters.",
                    $"Saisissez la description en anglais, en {Badge.DescriptionMaxLength} caractères au plus."));
        }

        return errors
            .AddIf((creating || request.Value is not null) && Bad(request.Value, Badge.ValueMaxLength), "value", Bilingual.Text($"The company value it stands for, at most {Badge.ValueMaxLength} characters.",
                $"Saisissez la valeur de l'entreprise qu'il représente, en {Badge.ValueMaxLength} caractères au plus."))
            .AddIf((creating || request.Icon is not null) && !Badge.Icons.Contains(request.Icon), "icon", Bilingual.Text($"One of: {string.Join(", ", Badge.Icons)}.",
                $"Valeurs possibles : {string.Join(", ", Badge.Icons)}."));
    }

    private static void Apply(Badge badge, BadgeRequest request, DateTimeOffset now)
    {
        if (request.Name is { } name)
        {
            (badge.NameFr, badge.NameEn) = (name.Fr.Trim(), name.En.Trim());
        }

        if (request.Description is { } description)
        {
            (badge.DescriptionFr, badge.DescriptionEn) = (description.Fr.Trim(), description.En.Trim());
        }

        badge.Value = request.Value?.Trim() ?? badge.Value;
        badge.Icon = request.Icon ?? badge.Icon;
        if (request.Retired is { } retired)
        {
            badge.RetiredAt = retired ? badge.RetiredAt ?? now : null;
        }
    }
}
