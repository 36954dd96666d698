namespace EnterpriseSocial.Recognition.Domain;

/// <summary>Someone thanking colleagues in public with a badge and their own words, company-wide or in a space.</summary>
internal sealed class Praise
{
    public const int MessageMaxLength = 1000;
    public const int MaxReceivers = 10;

    public long Sequence { get; set; }

    public Guid Id { get; set; }

    public Guid GiverId { get; set; }

    public Guid BadgeId { get; set; }

    public string Message { get; set; } = string.Empty;

    /// <summary>A praise in a space is for the space's readers only.</summary>
    public Guid? SpaceId { get; set; }

    /// <summary>The badge's value when given, for filtering the wall even if the badge changes.</summary>
    public string? Value { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The calendar month it was given in (yyyyMM, UTC), which the monthly allowance counts by.</summary>
    public int GivenMonth { get; set; }

    public List<PraiseReceiver> Receivers { get; set; } = [];
}

internal sealed class PraiseReceiver
{
    public long PraiseSequence { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>The receiver's department when praised, for the wall's department filter.</summary>
    public string Department { get; set; } = string.Empty;

    /// <summary>The receiver chose to keep this praise off their profile; it stays on the wall.</summary>
    public bool HiddenFromProfile { get; set; }
}
