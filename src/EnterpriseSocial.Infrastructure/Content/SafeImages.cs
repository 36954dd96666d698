using SkiaSharp;

namespace EnterpriseSocial.Infrastructure.Content;

public enum ImageCheck
{
    Accepted,
    NotAnImage,
    TooManyPixels,
}

/// <summary>An image as it is stored and served: re-encoded WebP, with its size in pixels.</summary>
public sealed record EncodedImage(byte[] Webp, int Width, int Height);

/// <summary>
/// Accepts PNG, JPEG and WebP by their content, never by their name, refuses decompression bombs
/// before decoding, and re-encodes to WebP: metadata and anything hidden in the file are left behind.
/// </summary>
public static class SafeImages
{
    public const long MaxPixels = 40_000_000;

    public static bool HasImageSignature(ReadOnlySpan<byte> header) =>
        header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        || header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8));

    /// <summary>Square crops of the image at each size, as avatars are shown.</summary>
    public static (ImageCheck Check, IReadOnlyDictionary<int, byte[]> Sizes) Squares(byte[] upload, IReadOnlyList<int> sizes)
    {
        var (check, decoded) = Decode(upload);
        if (decoded is null)
        {
            return (check, new Dictionary<int, byte[]>());
        }

        using (decoded)
        {
            var side = Math.Min(decoded.Width, decoded.Height);
            var crop = SKRectI.Create((decoded.Width - side) / 2, (decoded.Height - side) / 2, side, side);
            using var square = new SKBitmap(side, side);
            decoded.ExtractSubset(square, crop);
            return (ImageCheck.Accepted, sizes.ToDictionary(size => size, size => Encode(square, size, size)));
        }
    }

    /// <summary>The whole image, scaled down to fit <paramref name="maxSide"/> when larger.</summary>
    public static (ImageCheck Check, EncodedImage? Image) Fitting(byte[] upload, int maxSide)
    {
        var (check, decoded) = Decode(upload);
        if (decoded is null)
        {
            return (check, null);
        }

        using (decoded)
        {
            var scale = Math.Min(1.0, (double)maxSide / Math.Max(decoded.Width, decoded.Height));
            var (width, height) = (Math.Max(1, (int)(decoded.Width * scale)), Math.Max(1, (int)(decoded.Height * scale)));
            return (ImageCheck.Accepted, new EncodedImage(Encode(decoded, width, height), width, height));
        }
    }

    private static (ImageCheck, SKBitmap?) Decode(byte[] upload)
    {
        if (!HasImageSignature(upload))
        {
            return (ImageCheck.NotAnImage, null);
        }

        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Webp))
        {
            return (ImageCheck.NotAnImage, null);
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return (ImageCheck.TooManyPixels, null);
        }

        var decoded = SKBitmap.Decode(codec);
        return decoded is null ? (ImageCheck.NotAnImage, null) : (ImageCheck.Accepted, decoded);
    }

    private static byte[] Encode(SKBitmap bitmap, int width, int height)
    {
        using var resized = width == bitmap.Width && height == bitmap.Height
            ? bitmap.Copy()
            : bitmap.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized);
        using var webp = image.Encode(SKEncodedImageFormat.Webp, 85);
        return webp.ToArray();
    }
}
