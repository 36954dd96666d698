namespace EnterpriseSocial.Profiles.Domain;

/// <summary>One size of a person's avatar, as re-encoded by the server (never the uploaded bytes).</summary>
internal sealed class Avatar
{
    public static readonly IReadOnlyList<int> Sizes = [64, 256];

    public Guid ProfileId { get; set; }

    public int Size { get; set; }

    public int Version { get; set; }

    public byte[] Content { get; set; } = [];
}
