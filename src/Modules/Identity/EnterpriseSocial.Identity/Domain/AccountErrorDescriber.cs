using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Identity;

namespace EnterpriseSocial.Identity.Domain;

/// <summary>
/// The refusals of ASP.NET Core Identity that reach a person (password rules, e-mail and user name
/// checks) in the request's language; the English is the framework's own.
/// </summary>
internal sealed class AccountErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError ConcurrencyFailure() => Error(
        nameof(ConcurrencyFailure),
        Bilingual.Text("Optimistic concurrency failure, object has been modified.", "Échec de la mise à jour : l'objet a été modifié entre-temps."));

    public override IdentityError InvalidUserName(string? userName) => Error(
        nameof(InvalidUserName),
        Bilingual.Text(
            $"Username '{userName}' is invalid, can only contain letters or digits.",
            $"Le nom d'utilisateur « {userName} » n'est pas valide : il ne peut contenir que des lettres ou des chiffres."));

    public override IdentityError InvalidEmail(string? email) => Error(
        nameof(InvalidEmail),
        Bilingual.Text($"Email '{email}' is invalid.", $"L'adresse e-mail « {email} » n'est pas valide."));

    public override IdentityError DuplicateUserName(string userName) => Error(
        nameof(DuplicateUserName),
        Bilingual.Text($"Username '{userName}' is already taken.", $"Le nom d'utilisateur « {userName} » est déjà utilisé."));

    public override IdentityError DuplicateEmail(string email) => Error(
        nameof(DuplicateEmail),
        Bilingual.Text($"Email '{email}' is already taken.", $"L'adresse e-mail « {email} » est déjà utilisée."));

    public override IdentityError PasswordTooShort(int length) => Error(
        nameof(PasswordTooShort),
        Bilingual.Text($"Passwords must be at least {length} characters.", $"Le mot de passe doit comporter au moins {length} caractères."));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(
        nameof(PasswordRequiresUniqueChars),
        Bilingual.Text(
            $"Passwords must use at least {uniqueChars} different characters.",
            $"Le mot de passe doit comporter au moins {uniqueChars} caractères différents."));

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(
        nameof(PasswordRequiresNonAlphanumeric),
        Bilingual.Text(
            "Passwords must have at least one non alphanumeric character.",
            "Le mot de passe doit comporter au moins un caractère non alphanumérique."));

    public override IdentityError PasswordRequiresDigit() => Error(
        nameof(PasswordRequiresDigit),
        Bilingual.Text("Passwords must have at least one digit ('0'-'9').", "Le mot de passe doit comporter au moins un chiffre ('0'-'9')."));

    public override IdentityError PasswordRequiresLower() => Error(
        nameof(PasswordRequiresLower),
        Bilingual.Text("Passwords must have at least one lowercase ('a'-'z').", "Le mot de passe doit comporter au moins une minuscule ('a'-'z')."));

    public override IdentityError PasswordRequiresUpper() => Error(
        nameof(PasswordRequiresUpper),
        Bilingual.Text("Passwords must have at least one uppercase ('A'-'Z').", "Le mot de passe doit comporter au moins une majuscule ('A'-'Z')."));

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
