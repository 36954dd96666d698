using System.Security.Cryptography;
using EnterpriseSocial.Identity.Data;
using EnterpriseSocial.Identity.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Client;
using OpenIddict.Server;

namespace EnterpriseSocial.Identity.Oidc;

/// <summary>
/// Gives the OpenID Connect server its signing and encryption keys from the database, creating
/// them on first use. Every replica and every restart uses the same keys, so tokens stay valid.
/// </summary>
internal sealed class PersistedKeys(IServiceScopeFactory scopes, IDataProtectionProvider dataProtection, TimeProvider clock)
    : IConfigureOptions<OpenIddictServerOptions>, IConfigureOptions<OpenIddictClientOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        options.SigningCredentials.Add(Signing());
        options.EncryptionCredentials.Add(Encryption());
    }

    /// <summary>The client side (sign-in through the company's provider) protects its state with the same keys.</summary>
    public void Configure(OpenIddictClientOptions options)
    {
        options.SigningCredentials.Add(Signing());
        options.EncryptionCredentials.Add(Encryption());
    }

    private SigningCredentials Signing() => new(Load(SigningKey.Signing), SecurityAlgorithms.RsaSha256);

    private EncryptingCredentials Encryption() =>
        new(Load(SigningKey.Encryption), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512);

    private RsaSecurityKey Load(string use)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var protector = dataProtection.CreateProtector("EnterpriseSocial.Identity.SigningKeys");

        var stored = Oldest(db, use);
        if (stored is null)
        {
            using var rsa = RSA.Create(2048);
            db.SigningKeys.Add(new SigningKey
            {
                Id = Guid.CreateVersion7(),
                Use = use,
                ProtectedPrivateKey = protector.Protect(Convert.ToBase64String(rsa.ExportPkcs8PrivateKey())),
                CreatedAt = clock.GetUtcNow(),
            });
            db.SaveChanges();
            // Another replica may have created one at the same moment: all settle on the oldest.
            stored = Oldest(db, use)!;
        }

        var key = RSA.Create();
        key.ImportPkcs8PrivateKey(Convert.FromBase64String(protector.Unprotect(stored.ProtectedPrivateKey)), out _);
        return new RsaSecurityKey(key) { KeyId = stored.Id.ToString("N") };
    }

    private static SigningKey? Oldest(IdentityDbContext db, string use) =>
        db.SigningKeys.AsNoTracking().Where(k => k.Use == use)
            .AsEnumerable()
            .OrderBy(k => k.CreatedAt).ThenBy(k => k.Id)
            .FirstOrDefault();
}
