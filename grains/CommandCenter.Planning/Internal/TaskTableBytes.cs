namespace CommandCenter.Planning.Internal;

/// <summary>Buffers an uploaded file within <see cref="TaskTableReader.MaxFileBytes"/> and tells its format.</summary>
internal static class TaskTableBytes
{
    private const int ChunkSize = 81_920;

    /// <summary>The file's bytes, or null when it is larger than the limit.</summary>
    public static byte[]? Read(Stream content)
    {
        if (IsKnownTooLarge(content))
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int count;
        while ((count = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + count > TaskTableReader.MaxFileBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, count);
        }
        return buffer.ToArray();
    }

    /// <summary>As <see cref="Read"/>, asynchronously.</summary>
    public static async Task<byte[]?> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        if (IsKnownTooLarge(content))
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int count;
        while ((count = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + count > TaskTableReader.MaxFileBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, count);
        }
        return buffer.ToArray();
    }

    /// <summary>xlsx by the ZIP signature PK\x03\x04 or the .xlsx/.xlsm extension; .xls by its signature or extension.</summary>
    public static TaskTableFormat Detect(byte[] bytes, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) || extension is ".xlsx" or ".xlsm")
        {
            return TaskTableFormat.Xlsx;
        }
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) || extension == ".xls")
        {
            return TaskTableFormat.Legacy;
        }
        return TaskTableFormat.Csv;
    }

    private static bool IsKnownTooLarge(Stream content)
    {
        try
        {
            return content.CanSeek && content.Length - content.Position > TaskTableReader.MaxFileBytes;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }
}
