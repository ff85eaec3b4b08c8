using System.Text;
using Manifold.Spi.Types;

namespace Manifold.Spi.Vectors;

/// <summary>Builds a <see cref="BytesVector"/>. For char types, trailing blanks of appended strings are removed.</summary>
public sealed class BytesVectorBuilder : VectorBuilder
{
    private byte[] _data;
    private int[] _offsets;
    private ulong[]? _nulls;
    private int _count;
    private int _length;
    private readonly bool _trimTrailingBlanks;

    /// <summary>Creates a builder with room for <paramref name="capacity"/> values.</summary>
    public BytesVectorBuilder(SqlType type, int capacity, int dataCapacity = 0)
        : base(type)
    {
        _offsets = new int[Math.Max(capacity, 1) + 1];
        _data = new byte[Math.Max(dataCapacity, Math.Max(capacity, 1) * 16)];
        _trimTrailingBlanks = type.Kind == TypeKind.Char;
    }

    /// <inheritdoc />
    public override int Count => _count;

    /// <summary>Appends a value given as bytes (UTF-8 for text).</summary>
    public void Append(ReadOnlySpan<byte> value)
    {
        if (_trimTrailingBlanks)
        {
            value = value.TrimEnd((byte)' ');
        }
        EnsureRow();
        EnsureData(value.Length);
        value.CopyTo(_data.AsSpan(_length));
        _length += value.Length;
        _offsets[++_count] = _length;
    }

    /// <summary>Appends a string, encoded as UTF-8.</summary>
    public void Append(string value)
    {
        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_trimTrailingBlanks)
        {
            value = value.TrimEnd(' ');
        }
        EnsureRow();
        EnsureData(max);
        int written = Encoding.UTF8.GetBytes(value, _data.AsSpan(_length));
        _length += written;
        _offsets[++_count] = _length;
    }

    /// <inheritdoc />
    public override void AppendNull()
    {
        EnsureRow();
        _nulls ??= new ulong[Bitmap.WordCount(_offsets.Length)];
        Bitmap.Set(_nulls, _count);
        _offsets[++_count] = _length;
    }

    /// <inheritdoc />
    public override void AppendObject(object? value)
    {
        switch (value)
        {
            case null:
                AppendNull();
                break;
            case string text:
                Append(text);
                break;
            case byte[] bytes:
                Append(bytes);
                break;
            case ReadOnlyMemory<byte> memory:
                Append(memory.Span);
                break;
            default:
                throw new InvalidCastException($"Cannot store {value.GetType().Name} in a {Type} vector");
        }
    }

    /// <inheritdoc />
    public override void AppendFrom(Vector source, int position)
    {
        Vector resolved = Resolve(source, ref position);
        var bytes = (BytesVector)resolved;
        if (bytes.IsNull(position))
        {
            AppendNull();
        }
        else
        {
            Append(bytes.GetBytes(position));
        }
    }

    /// <inheritdoc />
    public override Vector Build()
    {
        return new BytesVector(Type, _data, _offsets, _nulls, _count);
    }

    private void EnsureRow()
    {
        if (_count + 2 > _offsets.Length)
        {
            Array.Resize(ref _offsets, _offsets.Length * 2);
            if (_nulls is not null)
            {
                Array.Resize(ref _nulls, Bitmap.WordCount(_offsets.Length));
            }
        }
    }

    private void EnsureData(int extra)
    {
        if (_length + extra > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(_data.Length * 2, _length + extra));
        }
    }
}
