using SkiaSharp;

namespace EnterpriseSocial.Profiles.Features.Avatars;

internal enum ImageCheck
{
    Accepted,
    NotAnImage,
    TooManyPixels,
}

/// <summary>
/// Accepts PNG, JPEG and WebP by their content, never by their name, refuses decompression bombs
/// before decoding, and re-encodes square WebP images: metadata and anything hidden in the file
/// are left behind.
/// </summary>
internal static class AvatarImages
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public const long MaxPixels = 40_000_000;

    public static bool HasImageSignature(ReadOnlySpan<byte> header) =>
        header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        || header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8));

    public static (ImageCheck Check, IReadOnlyDictionary<int, byte[]> Sizes) Process(byte[] upload, IReadOnlyList<int> sizes)
    {
        if (!HasImageSignature(upload))
        {
            return (ImageCheck.NotAnImage, new Dictionary<int, byte[]>());
        }

        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Webp))
        {
            return (ImageCheck.NotAnImage, new Dictionary<int, byte[]>());
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return (ImageCheck.TooManyPixels, new Dictionary<int, byte[]>());
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return (ImageCheck.NotAnImage, new Dictionary<int, byte[]>());
        }

        var side = Math.Min(decoded.Width, decoded.Height);
        var crop = SKRectI.Create((decoded.Width - side) / 2, (decoded.Height - side) / 2, side, side);
        using var square = new SKBitmap(side, side);
        decoded.ExtractSubset(square, crop);

        var encoded = new Dictionary<int, byte[]>();
        foreach (var size in sizes)
        {
            using var resized = square.Resize(new SKImageInfo(size, size), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var image = SKImage.FromBitmap(resized);
            using var webp = image.Encode(SKEncodedImageFormat.Webp, 85);
            encoded[size] = webp.ToArray();
        }

        return (ImageCheck.Accepted, encoded);
    }
}
