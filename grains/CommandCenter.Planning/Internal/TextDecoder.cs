using System.Text;

namespace CommandCenter.Planning.Internal;

/// <summary>
/// Turns the bytes of a CSV file into text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, and
/// GB18030 (what Chinese Excel writes for "CSV") otherwise.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>GB18030 (code page 54936), the superset of GBK and GB2312.</summary>
    public static Encoding Gb18030 { get; } = LoadGb18030();

    /// <summary>Decodes <paramref name="bytes"/> as described on the class.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.GetString(bytes);
        }
    }

    private static Encoding LoadGb18030()
    {
        // GB18030 is not built into .NET; the code-pages provider supplies it. Registering it again is harmless.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }
}
