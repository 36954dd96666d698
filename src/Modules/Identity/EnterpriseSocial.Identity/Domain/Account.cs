using Microsoft.AspNetCore.Identity;

namespace EnterpriseSocial.Identity.Domain;

/// <summary>
/// A person's way in. Its id is the person's id everywhere in the product; deactivating it
/// shuts the door but keeps everything the person wrote, shown under their name.
/// </summary>
internal sealed class Account : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public bool IsActive { get; private set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeactivatedAt { get; private set; }

    public static Account Create(Guid id, string email, string displayName, DateTimeOffset now) => new()
    {
        Id = id,
        UserName = email,
        Email = email,
        EmailConfirmed = true,
        DisplayName = displayName,
        CreatedAt = now,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        LockoutEnabled = true,
    };

    public void Deactivate(DateTimeOffset now)
    {
        IsActive = false;
        DeactivatedAt = now;
    }

    public void Reactivate()
    {
        IsActive = true;
        DeactivatedAt = null;
    }
}
