using System.Runtime.CompilerServices;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>A <see cref="ValueList"/> of fixed-width values: one array and a null bitmap.</summary>
internal sealed class FixedValueList<T> : ValueList
    where T : unmanaged
{
    private T[] _values = [];
    private ulong[] _nulls = [];
    private int _count;

    public override int Count => _count;

    public override long EstimatedBytes => 48 + _values.Length * (long)Unsafe.SizeOf<T>() + _nulls.Length * 8L;

    public override void Add(Vector source, int position)
    {
        var flat = (FlatVector<T>)VectorBuilder.Resolve(source, ref position);
        Append(flat.Values[position], flat.IsNull(position));
    }

    public override void AddFrom(ValueList source, int index)
    {
        var other = (FixedValueList<T>)source;
        Append(other._values[index], Bitmap.Get(other._nulls, index));
    }

    public override void AppendTo(int index, VectorBuilder output)
    {
        if (Bitmap.Get(_nulls, index))
        {
            output.AppendNull();
        }
        else
        {
            ((FlatVectorBuilder<T>)output).Append(_values[index]);
        }
    }

    private void Append(T value, bool isNull)
    {
        if (_count == _values.Length)
        {
            GroupArrays.Grow(ref _values, _count + 1);
            GroupArrays.Grow(ref _nulls, Bitmap.WordCount(_values.Length));
        }
        _values[_count] = value;
        if (isNull)
        {
            Bitmap.Set(_nulls, _count);
        }
        _count++;
    }
}
