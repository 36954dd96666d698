using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;

namespace EnterpriseSocial.Spaces.Domain;

/// <summary>A group where a team, a project or a community of practice lives.</summary>
internal sealed class Space
{
    public const int NameMaxLength = 80;
    public const int DescriptionMaxLength = 2000;
    public const int GuidelinesMaxLength = 4000;
    public const int WelcomeMaxLength = 2000;

    public Guid Id { get; set; }

    /// <summary>Orders the directory newest first with a keyset cursor.</summary>
    public long Sequence { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The name folded (no case, no accents), for searching.</summary>
    public string SearchName { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    /// <summary>What members accept on joining; empty when the space has none.</summary>
    public string Guidelines { get; set; } = string.Empty;

    /// <summary>What newcomers read on joining; empty when the space has none.</summary>
    public string Welcome { get; set; } = string.Empty;

    public SpaceVisibility Visibility { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid CreatedBy { get; set; }

    /// <summary>An archived space stays readable by whoever could read it, and nobody writes in it.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    public int MemberCount { get; set; }

    /// <summary>Bumped on each new cover image, so that its URL changes; zero when the space has none.</summary>
    public int CoverVersion { get; set; }
}

/// <summary>Roles in a space, from the most to the least powerful. A guest is an external person who sees this space only.</summary>
internal enum SpaceRole
{
    Owner,
    Manager,
    Moderator,
    Member,
    Guest,
}

internal sealed class Membership
{
    public long Sequence { get; set; }

    public Guid SpaceId { get; set; }

    public Guid PersonId { get; set; }

    public SpaceRole Role { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    /// <summary>The member's name folded when they joined, to search members without asking the directory.</summary>
    public string SearchName { get; set; } = string.Empty;

    public static Membership Joining(Guid spaceId, Guid personId, string displayName, SpaceRole role, DateTimeOffset at) => new()
    {
        SpaceId = spaceId, PersonId = personId, Role = role, JoinedAt = at, SearchName = TextFolding.Fold(displayName),
    };
}

internal sealed class JoinRequest
{
    public Guid SpaceId { get; set; }

    public Guid PersonId { get; set; }

    public DateTimeOffset RequestedAt { get; set; }
}

/// <summary>Someone removed from a space who may not come back before <see cref="Until"/>.</summary>
internal sealed class Ban
{
    public Guid SpaceId { get; set; }

    public Guid PersonId { get; set; }

    public DateTimeOffset Until { get; set; }
}

internal static class SpaceRoles
{
    public static string Name(SpaceRole role) => role switch
    {
        SpaceRole.Owner => "owner",
        SpaceRole.Manager => "manager",
        SpaceRole.Moderator => "moderator",
        SpaceRole.Member => "member",
        _ => "guest",
    };

    public static SpaceRole? Parse(string? name) =>
        Enum.GetValues<SpaceRole>().Cast<SpaceRole?>().FirstOrDefault(r => Name(r!.Value) == name);

    /// <summary>Owners and community managers run the space: settings, members, requests.</summary>
    public static bool Manages(SpaceRole role) => role is SpaceRole.Owner or SpaceRole.Manager;

    public static bool Moderates(SpaceRole role) => role is SpaceRole.Owner or SpaceRole.Manager or SpaceRole.Moderator;
}
