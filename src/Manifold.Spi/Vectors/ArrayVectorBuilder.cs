using System.Collections;
using Manifold.Spi.Types;

namespace Manifold.Spi.Vectors;

/// <summary>Builds an <see cref="ArrayVector"/>: append elements to <see cref="Elements"/>, then call <see cref="CloseEntry"/>.</summary>
public sealed class ArrayVectorBuilder : VectorBuilder
{
    private int[] _offsets;
    private ulong[]? _nulls;
    private int _count;

    /// <summary>Creates a builder with room for <paramref name="capacity"/> rows.</summary>
    public ArrayVectorBuilder(ArrayType type, int capacity)
        : base(type)
    {
        _offsets = new int[Math.Max(capacity, 1) + 1];
        Elements = Create(type.Element, ElementCapacity(type.Element, capacity));
    }

    /// <summary>The builder of the element vector.</summary>
    public VectorBuilder Elements { get; }

    /// <inheritdoc />
    public override int Count => _count;

    /// <summary>Ends the current row: its elements are those appended to <see cref="Elements"/> since the last row.</summary>
    public void CloseEntry()
    {
        EnsureRow();
        _offsets[++_count] = Elements.Count;
    }

    /// <inheritdoc />
    public override void AppendNull()
    {
        EnsureRow();
        _nulls ??= new ulong[Bitmap.WordCount(_offsets.Length)];
        Bitmap.Set(_nulls, _count);
        _offsets[_count + 1] = _offsets[_count];
        _count++;
    }

    /// <inheritdoc />
    public override void AppendObject(object? value)
    {
        if (value is null)
        {
            AppendNull();
            return;
        }
        foreach (object? element in (IEnumerable)value)
        {
            Elements.AppendObject(element);
        }
        CloseEntry();
    }

    /// <inheritdoc />
    public override void AppendFrom(Vector source, int position)
    {
        Vector resolved = Resolve(source, ref position);
        var array = (ArrayVector)resolved;
        if (array.IsNull(position))
        {
            AppendNull();
            return;
        }
        int start = array.Offsets[position];
        Elements.AppendRange(array.Elements, start, array.Offsets[position + 1] - start);
        CloseEntry();
    }

    /// <inheritdoc />
    public override Vector Build() => new ArrayVector((ArrayType)Type, _offsets, Elements.Build(), _nulls, _count);

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
}
