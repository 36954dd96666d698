using EnterpriseSocial.Identity.Domain;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace EnterpriseSocial.Identity.Features.SignIn;

internal sealed record SignInRequest(string? Email, string? Password, bool RememberMe = true);

/// <summary>
/// Password sign-in for the sign-in page: opens the browser session that the OpenID Connect
/// authorization endpoint then turns into tokens for the web client.
/// </summary>
internal static class SignInEndpoint
{
    public const string RateLimitPolicy = "identity-sign-in";

    // Hashed once so that an unknown address costs the same time as a wrong password.
    private static readonly Lazy<string> UnknownAccountHash = new(() =>
        new PasswordHasher<Account>().HashPassword(new Account(), Guid.NewGuid().ToString()));

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/sign-in", SignInAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy)
            .WithSummary("Signs in with e-mail and password and opens a browser session.");
        group.MapPost("/sign-out", SignOutAsync).AllowAnonymous()
            .WithSummary("Closes the browser session.");
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SignInAsync(
        SignInRequest request, UserManager<Account> accounts, SignInManager<Account> signIn, IPasswordHasher<Account> hasher)
    {
        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrWhiteSpace(request.Email), "email", Bilingual.Text("Enter your e-mail address.", "Saisissez votre adresse e-mail."))
            .AddIf(string.IsNullOrEmpty(request.Password), "password", Bilingual.Text("Enter your password.", "Saisissez votre mot de passe."))
            .AddIf(request.Email?.Length > 256 || request.Password?.Length > 512, "email", Bilingual.Text("The e-mail address or password is too long.", "L'adresse e-mail ou le mot de passe est trop long."));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var account = await accounts.FindByEmailAsync(request.Email!.Trim());
        if (account is null)
        {
            hasher.VerifyHashedPassword(new Account(), UnknownAccountHash.Value, request.Password!);
            return Refused();
        }

        var result = await signIn.CheckPasswordSignInAsync(account, request.Password!, lockoutOnFailure: true);
        if (!result.Succeeded || !account.IsActive)
        {
            return Refused();
        }

        await signIn.SignInAsync(account, isPersistent: request.RememberMe);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SignOutAsync(SignInManager<Account> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    /// <summary>One answer for every refusal, so that it tells nothing about which accounts exist.</summary>
    private static ProblemHttpResult Refused() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: Bilingual.Text("Sign-in refused", "Connexion refusée"),
        detail: Bilingual.Text(
            "The e-mail address or password is incorrect, or the account is locked for a while after too many attempts.",
            "L'adresse e-mail ou le mot de passe est incorrect, ou le compte est bloqué un moment après trop de tentatives."),
        extensions: new Dictionary<string, object?> { ["code"] = "invalid_credentials" });
}
