using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Domain;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles.Features.EditProfile;

internal sealed record FieldRuleView(string Field, bool EditableByEmployee);

/// <summary>People edit their own profile, within the fields administrators leave to them.</summary>
internal static class EditProfileEndpoints
{
    private const int TagLimit = 30;
    private const int TagLength = 60;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPatch("/me", EditAsync).WithSummary("Edits the caller's profile; fields that come from the directory are refused.");
        group.MapGet("/field-rules", ListRulesAsync).WithSummary("Which profile fields employees edit themselves.");
        group.MapPut("/field-rules", SetRulesAsync).RequireAuthorization(Capabilities.AdministerAccounts)
            .WithSummary("Chooses which profile fields employees edit and which come from the directory.");
    }

    public static async Task<Dictionary<string, bool>> RulesAsync(ProfilesDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.FieldRules.AsNoTracking().ToDictionaryAsync(r => r.Field, r => r.EditableByEmployee, cancellationToken);
        return FieldRule.Fields.ToDictionary(f => f, f => stored.TryGetValue(f, out var editable) ? editable : !FieldRule.FromDirectoryByDefault.Contains(f));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> EditAsync(
        ProfileEdit edit, HttpContext context, ProfilesDbContext db, ProfileSummaryCache summaries)
    {
        var errors = Validate(edit);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var me = context.User.PersonId();
        var profile = me is null ? null : await db.Profiles.SingleOrDefaultAsync(p => p.Id == me, context.RequestAborted);
        if (profile is null)
        {
            return ApiProblems.NotFound(Bilingual.Text("You have no profile yet.", "Vous n'avez pas encore de profil."));
        }

        var rules = await RulesAsync(db, context.RequestAborted);
        var managed = Provided(edit).Where(field => !rules[field]).ToList();
        if (managed.Count > 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Unprocessable Entity",
                detail: Bilingual.Text(
                    $"These fields come from the company directory: {string.Join(", ", managed)}.",
                    $"Ces champs viennent de l'annuaire de l'entreprise : {string.Join(", ", managed)}."),
                extensions: new Dictionary<string, object?> { ["fields"] = managed });
        }

        profile.Edit(edit);
        db.Publish(new ProfileUpdated(profile.Id, profile.DisplayName, profile.JobTitle, profile.Department, profile.Site));
        await db.SaveChangesAsync(context.RequestAborted);
        summaries.Evict(profile.Id);
        return TypedResults.NoContent();
    }

    private static IEnumerable<string> Provided(ProfileEdit edit)
    {
        if (edit.JobTitle is not null) yield return "jobTitle";
        if (edit.Department is not null) yield return "department";
        if (edit.Site is not null) yield return "site";
        if (edit.Phone is not null) yield return "phone";
        if (edit.Pronouns is not null) yield return "pronouns";
        if (edit.Bio is not null) yield return "bio";
        if (edit.Languages is not null) yield return "languages";
        if (edit.Skills is not null) yield return "skills";
        if (edit.AskMeAbout is not null) yield return "askMeAbout";
    }

    private static ValidationErrors Validate(ProfileEdit edit)
    {
        var errors = new ValidationErrors()
            .AddIf(edit.JobTitle?.Length > Profile.FieldMaxLength, "jobTitle", Bilingual.Text("At most 200 characters.", "Au plus 200 caractères."))
            .AddIf(edit.Department?.Length > Profile.FieldMaxLength, "department", Bilingual.Text("At most 200 characters.", "Au plus 200 caractères."))
            .AddIf(edit.Site?.Length > Profile.FieldMaxLength, "site", Bilingual.Text("At most 200 characters.", "Au plus 200 caractères."))
            .AddIf(edit.Phone?.Length > 50 || edit.Phone?.Any(c => !(char.IsDigit(c) || c is '+' or ' ' or '.' or '-' or '(' or ')')) == true,
                "phone", Bilingual.Text(
                    "A phone number of digits, spaces and + . - ( ), at most 50 characters.",
                    "Un numéro de téléphone composé de chiffres, d'espaces et de + . - ( ), en 50 caractères au plus."))
            .AddIf(edit.Pronouns?.Length > 40, "pronouns", Bilingual.Text("At most 40 characters.", "Au plus 40 caractères."))
            .AddIf(edit.Bio?.Length > 4000, "bio", Bilingual.Text("At most 4000 characters.", "Au plus 4000 caractères."));
        foreach (var (field, tags) in new[] { ("languages", edit.Languages), ("skills", edit.Skills), ("askMeAbout", edit.AskMeAbout) })
        {
            errors.AddIf(tags?.Count > TagLimit || tags?.Any(t => t is null || t.Length > TagLength) == true,
                field, Bilingual.Text($"At most {TagLimit} entries of at most {TagLength} characters.", $"Au plus {TagLimit} entrées, chacune de {TagLength} caractères au plus."));
        }

        return errors;
    }

    private static async Task<Ok<List<FieldRuleView>>> ListRulesAsync(ProfilesDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await RulesAsync(db, cancellationToken)).Select(r => new FieldRuleView(r.Key, r.Value)).ToList());

    private static async Task<Results<NoContent, ValidationProblem>> SetRulesAsync(
        IReadOnlyList<FieldRuleView> rules, ProfilesDbContext db, CancellationToken cancellationToken)
    {
        var unknown = rules.Select(r => r.Field).Where(f => !FieldRule.Fields.Contains(f)).ToList();
        if (unknown.Count > 0)
        {
            return TypedResults.ValidationProblem(new ValidationErrors()
                .Add("field", Bilingual.Text(
                    $"Unknown fields: {string.Join(", ", unknown)}. Fields are {string.Join(", ", FieldRule.Fields)}.",
                    $"Champs inconnus : {string.Join(", ", unknown)}. Champs possibles : {string.Join(", ", FieldRule.Fields)}.")).ToDictionary());
        }

        var stored = await db.FieldRules.ToDictionaryAsync(r => r.Field, cancellationToken);
        foreach (var rule in rules)
        {
            if (!stored.TryGetValue(rule.Field, out var entity))
            {
                db.FieldRules.Add(entity = new FieldRule { Field = rule.Field });
                stored[rule.Field] = entity;
            }

            entity.EditableByEmployee = rule.EditableByEmployee;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
