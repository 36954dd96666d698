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
        options.EncryptionCredentials.AddRange(Encryption());
    }

    /// <summary>The client side (sign-in through the company's provider) protects its state with the same keys.</summary>
    public void Configure(OpenIddictClientOptions options)
    {
        options.SigningCredentials.Add(Signing());
        options.EncryptionCredentials.AddRange(Encryption());
    }

    private SigningCredentials Signing() => new(Rsa(SigningKey.Signing), SecurityAlgorithms.RsaSha256);

    /// <summary>
    /// Tokens are encrypted with the AES key, which every API request unwraps; the RSA key, which
    /// earlier versions encrypted with, stays second so that refresh tokens issued before still open.
    /// </summary>
    private EncryptingCredentials[] Encryption() =>
    [
        new(Aes(), SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512),
        new(Rsa(SigningKey.Encryption), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512),
    ];

    private RsaSecurityKey Rsa(string use)
    {
        var (id, secret) = Load(use, () =>
        {
            using var rsa = RSA.Create(2048);
            return rsa.ExportPkcs8PrivateKey();
        });
        var key = RSA.Create();
        key.ImportPkcs8PrivateKey(secret, out _);
        return new RsaSecurityKey(key) { KeyId = id };
    }

    private SymmetricSecurityKey Aes()
    {
        var (id, secret) = Load(SigningKey.SymmetricEncryption, () => RandomNumberGenerator.GetBytes(32));
        return new SymmetricSecurityKey(secret) { KeyId = id };
    }

    public byte[] LiveTicketKey() => Load(SigningKey.LiveTickets, () => RandomNumberGenerator.GetBytes(32)).Secret;

    private (string Id, byte[] Secret) Load(string use, Func<byte[]> create)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var protector = dataProtection.CreateProtector("EnterpriseSocial.Identity.SigningKeys");

        var stored = Oldest(db, use);
        if (stored is null)
        {
            db.SigningKeys.Add(new SigningKey
            {
                Id = Guid.CreateVersion7(),
                Use = use,
                ProtectedPrivateKey = protector.Protect(Convert.ToBase64String(create())),
                CreatedAt = clock.GetUtcNow(),
            });
            db.SaveChanges();
            // Another replica may have created one at the same moment: all settle on the oldest.
            stored = Oldest(db, use)!;
        }

        return (stored.Id.ToString("N"), Convert.FromBase64String(protector.Unprotect(stored.ProtectedPrivateKey)));
    }

    private static SigningKey? Oldest(IdentityDbContext db, string use) =>
        db.SigningKeys.AsNoTracking().Where(k => k.Use == use)
            .AsEnumerable()
            .OrderBy(k => k.CreatedAt).ThenBy(k => k.Id)
            .FirstOrDefault();
}
