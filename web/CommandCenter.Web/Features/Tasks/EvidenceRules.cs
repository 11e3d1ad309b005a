using System.Text;

namespace CommandCenter.Web.Features.Tasks;

/// <summary>
/// What may be uploaded as evidence: at most <see cref="MaxBytes"/>, and a JPEG, PNG, WebP, HEIC/HEIF photo or a PDF,
/// recognised by the file's leading bytes, whose name ends as that type's files do.
/// </summary>
public static class EvidenceRules
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxPerUpdate = 10;
    public const int MaxFileNameLength = 200;

    public static readonly EvidenceType Jpeg = new("image/jpeg", [".jpg", ".jpeg"]);
    public static readonly EvidenceType Png = new("image/png", [".png"]);
    public static readonly EvidenceType WebP = new("image/webp", [".webp"]);
    public static readonly EvidenceType Heic = new("image/heic", [".heic", ".heif"]);
    public static readonly EvidenceType Pdf = new("application/pdf", [".pdf"]);

    public static readonly IReadOnlyList<EvidenceType> All = [Jpeg, Png, WebP, Heic, Pdf];

    /// <summary>The accepted name endings, for a file picker's <c>accept</c> attribute.</summary>
    public static string Accept => string.Join(",", All.SelectMany(t => t.Extensions));

    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"];

    /// <summary>The type the content is, judged by its first bytes only; null when it is none of the accepted types.</summary>
    public static EvidenceType? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && HeifBrands.Contains(Encoding.ASCII.GetString(head[8..12])))
        {
            return Heic;
        }

        return null;
    }

    /// <summary>Null when the file is acceptable; otherwise why not (too large, not an accepted type, empty or badly named), naming <c>file</c>.</summary>
    public static Refusal? Check(string fileName, ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return Refusal.Invalid("file", "The file is empty.");
        }

        if (content.Length > MaxBytes)
        {
            return Refusal.TooLarge("file", $"A file may have at most {MaxBytes / 1024 / 1024} MB.");
        }

        if (fileName.Length is 0 or > MaxFileNameLength)
        {
            return Refusal.Invalid("file", $"The file needs a name of at most {MaxFileNameLength} characters.");
        }

        var type = Detect(content);
        if (type is null)
        {
            return Refusal.UnsupportedType("file", "Only JPEG, PNG, WebP or HEIC photos and PDF files are accepted (judged by the content).");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return type.Extensions.Contains(extension)
            ? null
            : Refusal.UnsupportedType("file", $"The content is {type.ContentType} but the name ends in '{extension}'.");
    }
}
