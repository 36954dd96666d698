using EnterpriseSocial.Identity.Domain;
using EnterpriseSocial.Identity.Oidc;
using EnterpriseSocial.Infrastructure.Email;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.Identity.Features.Passwords;

internal sealed record ForgotPasswordRequest(string? Email);

internal sealed record ResetPasswordRequest(string? Email, string? Token, string? NewPassword);

internal static class PasswordEndpoints
{
    public const string RateLimitPolicy = "identity-password-reset";

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/password/forgot", ForgotAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy)
            .WithSummary("Sends a password reset link when the address has an account; answers the same either way.");
        group.MapPost("/password/reset", ResetAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy)
            .WithSummary("Sets a new password with the token of a reset or invitation link.");
    }

    private static async Task<Results<Accepted, ValidationProblem>> ForgotAsync(
        ForgotPasswordRequest request, UserManager<Account> accounts, PasswordLinks links, IDataProtectionProvider protection)
    {
        var email = request.Email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 256 || !email.Contains('@', StringComparison.Ordinal))
        {
            return TypedResults.ValidationProblem(new ValidationErrors().Add("email", Bilingual.Text("Enter a valid e-mail address.", "Saisissez une adresse e-mail valide.")).ToDictionary());
        }

        var account = await accounts.FindByEmailAsync(email);
        if (account is { IsActive: true })
        {
            await links.SendResetAsync(account);
        }
        else
        {
            // The work a real token costs, so that timing does not tell known from unknown addresses.
            protection.CreateProtector("EnterpriseSocial.Identity.UnknownAccount").Protect(email);
        }

        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<NoContent, ValidationProblem>> ResetAsync(
        ResetPasswordRequest request, UserManager<Account> accounts)
    {
        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrWhiteSpace(request.Email), "email", Bilingual.Text("The link is incomplete.", "Le lien est incomplet."))
            .AddIf(string.IsNullOrWhiteSpace(request.Token), "token", Bilingual.Text("The link is incomplete.", "Le lien est incomplet."))
            .AddIf(string.IsNullOrEmpty(request.NewPassword), "newPassword", Bilingual.Text("Choose a new password.", "Choisissez un nouveau mot de passe."));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var account = await accounts.FindByEmailAsync(request.Email!.Trim());
        var result = account is { IsActive: true }
            ? await accounts.ResetPasswordAsync(account, request.Token!, request.NewPassword!)
            : IdentityResult.Failed(accounts.ErrorDescriber.InvalidToken());
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                errors.Add(error.Code == nameof(IdentityErrorDescriber.InvalidToken) ? "token" : "newPassword", Describe(error));
            }

            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await accounts.ResetAccessFailedCountAsync(account!);
        await accounts.SetLockoutEndDateAsync(account!, null);
        return TypedResults.NoContent();
    }

    private static string Describe(IdentityError error) => error.Code == nameof(IdentityErrorDescriber.InvalidToken)
        ? Bilingual.Text("This link has expired or was already used. Ask for a new one.", "Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.")
        : error.Description;
}

/// <summary>Reset and invitation links, always on the configured web origin, never on the request's Host header.</summary>
internal sealed class PasswordLinks(UserManager<Account> accounts, IEmailOutbox email, IOptions<IdentitySettings> settings)
{
    public async Task<string> CreateAsync(Account account)
    {
        var token = await accounts.GeneratePasswordResetTokenAsync(account);
        return $"{settings.Value.PrimaryOrigin}/reset-password?email={Uri.EscapeDataString(account.Email!)}&token={Uri.EscapeDataString(token)}";
    }

    public async Task SendResetAsync(Account account)
    {
        var link = await CreateAsync(account);
        email.Enqueue(new EmailMessage(
            account.Email!,
            "Réinitialisation du mot de passe / Password reset",
            $"""
            Bonjour {account.DisplayName},

            Pour choisir un nouveau mot de passe EnterpriseSocial, ouvrez ce lien (valable un jour) :
            {link}
            Si vous n'avez rien demandé, ignorez ce message.

            Hello {account.DisplayName},

            To choose a new EnterpriseSocial password, open this link (valid for one day):
            {link}
            If you did not ask for this, ignore this message.
            """));
    }

    public async Task SendInvitationAsync(Account account)
    {
        var link = await CreateAsync(account);
        email.Enqueue(new EmailMessage(
            account.Email!,
            "Bienvenue sur EnterpriseSocial / Welcome to EnterpriseSocial",
            $"""
            Bonjour {account.DisplayName},

            Un compte EnterpriseSocial vous attend. Choisissez votre mot de passe avec ce lien (valable un jour) :
            {link}

            Hello {account.DisplayName},

            An EnterpriseSocial account is waiting for you. Choose your password with this link (valid for one day):
            {link}
            """));
    }
}
