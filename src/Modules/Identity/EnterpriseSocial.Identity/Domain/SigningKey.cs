namespace EnterpriseSocial.Identity.Domain;

/// <summary>
/// A token signing or encryption key of the OpenID Connect server, kept in the database
/// (protected by Data Protection) so tokens survive restarts and every replica shares them.
/// </summary>
internal sealed class SigningKey
{
    public const string Signing = "sig";
    public const string Encryption = "enc";

    /// <summary>A 256-bit AES key: unwrapping it costs microseconds where an RSA decryption costs a millisecond.</summary>
    public const string SymmetricEncryption = "enc-aes";

    /// <summary>A 256-bit HMAC key that signs the short tickets opening live connections.</summary>
    public const string LiveTickets = "live";

    public Guid Id { get; set; }

    public string Use { get; set; } = Signing;

    public string ProtectedPrivateKey { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
