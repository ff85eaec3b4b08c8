namespace Manifold.Engine.Functions.Support;

/// <summary>A growable byte buffer reused across the rows of one kernel call, so building a value allocates nothing per row.</summary>
internal sealed class Utf8Scratch
{
    private byte[] _buffer = new byte[256];

    /// <summary>A span of at least <paramref name="size"/> bytes; its contents are undefined.</summary>
    public Span<byte> Get(int size)
    {
        if (_buffer.Length < size)
        {
            _buffer = new byte[Math.Max(size, _buffer.Length * 2)];
        }
        return _buffer;
    }

    /// <summary>Like <see cref="Get"/> but keeps the first <paramref name="keep"/> bytes when it grows.</summary>
    public Span<byte> Grow(int size, int keep)
    {
        if (_buffer.Length < size)
        {
            byte[] larger = new byte[Math.Max(size, _buffer.Length * 2)];
            _buffer.AsSpan(0, keep).CopyTo(larger);
            _buffer = larger;
        }
        return _buffer;
    }
}
