namespace CommandCenter.Web.Features.Cases;

/// <summary>What a case photo may be: JPEG, PNG or WebP by its bytes (not its name or header), at most <see cref="MaxBytes"/>.</summary>
public static class PhotoRules
{
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>Photos one case may hold (the case grain enforces it; checked here first to spare the upload).</summary>
    public const int MaxPhotosPerCase = CaseView.MaxPhotos;

    public static readonly string TooManyMessage = $"每个案件最多 {MaxPhotosPerCase} 张照片 / a case holds at most {MaxPhotosPerCase} photos.";

    /// <summary>What a file picker offers (the camera on a phone).</summary>
    public const string Accept = "image/jpeg,image/png,image/webp";

    public const string TooLargeMessage = "照片不能超过 5 MB / the photo is larger than 5 MB.";

    public const string WrongTypeMessage = "照片须为 JPEG、PNG 或 WebP / the photo must be a JPEG, PNG or WebP image.";

    /// <summary>The media type the bytes start with, or null for anything else.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;

    /// <summary>Why a photo's bytes are refused (empty, over 5 MB, not JPEG/PNG/WebP by content), named as <paramref name="field"/>; null when accepted.</summary>
    public static Refusal? Problem(string field, ReadOnlySpan<byte> bytes, string? name = null)
    {
        var prefix = string.IsNullOrEmpty(name) ? "" : name + ": ";
        return bytes.Length == 0 ? Refusal.Invalid(field, prefix + "照片为空 / a non-empty photo is required.")
            : bytes.Length > MaxBytes ? Refusal.TooLarge(field, prefix + TooLargeMessage)
            : Sniff(bytes) is null ? Refusal.UnsupportedType(field, prefix + WrongTypeMessage)
            : null;
    }

    /// <summary>Reads at most <see cref="MaxBytes"/> + 1 bytes; null when the file is larger than the limit.</summary>
    public static async Task<byte[]?> ReadBounded(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int count;
        while ((count = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + count > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, count);
        }

        return buffer.ToArray();
    }
}
