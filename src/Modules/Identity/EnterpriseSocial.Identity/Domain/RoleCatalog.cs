using Microsoft.AspNetCore.Identity;

namespace EnterpriseSocial.Identity.Domain;

internal sealed class RoleCatalog(RoleManager<IdentityRole<Guid>> roles)
{
    public async Task EnsureAsync()
    {
        foreach (var name in PlatformRoles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(name) { Id = Guid.CreateVersion7() });
            }
        }
    }
}
