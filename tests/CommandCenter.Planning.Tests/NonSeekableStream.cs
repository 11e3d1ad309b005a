namespace CommandCenter.Planning.Tests;

/// <summary>
/// A read-only stream that cannot seek or tell its length, like a network upload; with <paramref name="asyncOnly"/>
/// it refuses synchronous reads, as a Blazor browser-file stream does.
/// </summary>
internal sealed class NonSeekableStream(Stream inner, bool asyncOnly = false) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) =>
        asyncOnly ? throw new NotSupportedException("Synchronous reads are not supported.") : inner.Read(buffer, offset, count);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(buffer, cancellationToken);

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
