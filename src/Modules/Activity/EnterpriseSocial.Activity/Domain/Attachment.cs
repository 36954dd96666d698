namespace EnterpriseSocial.Activity.Domain;

internal enum AttachmentKind
{
    Image = 0,
    File = 1,
}

/// <summary>
/// An uploaded image or file. It belongs to its uploader until a post takes it; from then on,
/// whoever may see the post may fetch it, and nobody else.
/// </summary>
internal sealed class Attachment
{
    public const int MaxPerPost = 10;

    public Guid Id { get; set; }

    public Guid UploaderId { get; set; }

    public Guid? PostId { get; set; }

    public AttachmentKind Kind { get; set; }

    public string FileName { get; set; } = string.Empty;

    /// <summary>The file's name as search reads it (<see cref="SearchableText.OfName"/>); null until one uploaded before file search is indexed.</summary>
    public string? SearchName { get; set; }

    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public string StorageKey { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
