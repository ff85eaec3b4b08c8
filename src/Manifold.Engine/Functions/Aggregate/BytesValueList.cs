using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>A <see cref="ValueList"/> of byte values in one arena with offsets and a null bitmap: no object per value.</summary>
internal sealed class BytesValueList : ValueList
{
    private byte[] _data = [];
    private int _length;
    private int[] _offsets = [0];
    private ulong[] _nulls = [];
    private int _count;

    public override int Count => _count;

    public override long EstimatedBytes => 56 + _data.Length + _offsets.Length * 4L + _nulls.Length * 8L;

    public ReadOnlySpan<byte> GetBytes(int index) => _data.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    public bool IsNull(int index) => Bitmap.Get(_nulls, index);

    public override void Add(Vector source, int position)
    {
        var bytes = (BytesVector)VectorBuilder.Resolve(source, ref position);
        Append(bytes.GetBytes(position), bytes.IsNull(position));
    }

    /// <summary>Appends a non-null value.</summary>
    public void Add(ReadOnlySpan<byte> value) => Append(value, false);

    public override void AddFrom(ValueList source, int index)
    {
        var other = (BytesValueList)source;
        Append(other.GetBytes(index), other.IsNull(index));
    }

    public override void AppendTo(int index, VectorBuilder output)
    {
        if (IsNull(index))
        {
            output.AppendNull();
        }
        else
        {
            ((BytesVectorBuilder)output).Append(GetBytes(index));
        }
    }

    private void Append(ReadOnlySpan<byte> value, bool isNull)
    {
        if (_count + 2 > _offsets.Length)
        {
            GroupArrays.Grow(ref _offsets, _count + 2);
            GroupArrays.Grow(ref _nulls, Bitmap.WordCount(_offsets.Length));
        }
        if (_length + value.Length > _data.Length)
        {
            Array.Resize(ref _data, (int)Math.Min(Array.MaxLength, Math.Max(_data.Length * 2L, Math.Max(_length + (long)value.Length, 256))));
        }
        value.CopyTo(_data.AsSpan(_length));
        _length += value.Length;
        if (isNull)
        {
            Bitmap.Set(_nulls, _count);
        }
        _count++;
        _offsets[_count] = _length;
    }
}
