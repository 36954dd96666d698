namespace EnterpriseSocial.Activity.Domain;

/// <summary>
/// The generation of a space's live groups. It moves on whenever someone may no longer read the
/// space, so that hints go to groups only people who watched since then are in.
/// </summary>
internal sealed class SpaceLiveEpoch
{
    public Guid SpaceId { get; set; }

    public int Epoch { get; set; }
}
