using System.Runtime.CompilerServices;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>A reusable scratch buffer for one text column of one page; <see cref="Build"/> copies it into an exactly sized
/// <see cref="BytesVector"/>, so the scratch is never shared with a page.</summary>
internal sealed class TpchBytesBuilder
{
    private byte[] _data = [];
    private int[] _offsets = [0];
    private int _count;
    private int _length;

    /// <summary>Empties the builder and makes room for <paramref name="rows"/> values of at most
    /// <paramref name="maxValueLength"/> bytes, so appends never grow it.</summary>
    public void Reset(int rows, int maxValueLength)
    {
        if (_offsets.Length < rows + 1)
        {
            _offsets = new int[rows + 1];
        }
        long bytes = (long)rows * maxValueLength;
        if (_data.Length < bytes)
        {
            _data = new byte[bytes];
        }
        _count = 0;
        _length = 0;
    }

    /// <summary>Room for the next value; call <see cref="Commit"/> with the bytes used.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> Reserve() => _data.AsSpan(_length);

    /// <summary>Ends the value begun with <see cref="Reserve"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Commit(int length)
    {
        _length += length;
        _offsets[++_count] = _length;
    }

    /// <summary>Appends a value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<byte> value)
    {
        value.CopyTo(_data.AsSpan(_length));
        Commit(value.Length);
    }

    /// <summary>The values appended since <see cref="Reset"/>, as a new vector.</summary>
    public BytesVector Build(SqlType type)
    {
        var data = new byte[_length];
        Buffer.BlockCopy(_data, 0, data, 0, _length);
        var offsets = new int[_count + 1];
        Array.Copy(_offsets, offsets, _count + 1);
        return new BytesVector(type, data, offsets, null, _count);
    }
}
