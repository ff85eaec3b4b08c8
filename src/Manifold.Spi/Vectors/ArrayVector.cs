using Manifold.Spi.Types;

namespace Manifold.Spi.Vectors;

/// <summary>Arrays: row <c>i</c> holds elements <c>Offsets[i] .. Offsets[i + 1]</c> of <see cref="Elements"/>.</summary>
public sealed class ArrayVector : Vector
{
    /// <summary>Wraps offsets (at least <paramref name="count"/> + 1), the element vector and an optional null bitmap.</summary>
    public ArrayVector(ArrayType type, int[] offsets, Vector elements, ulong[]? nulls, int count)
        : base(type, count)
    {
        if (offsets.Length < count + 1)
        {
            throw new ArgumentException("Need count + 1 offsets", nameof(offsets));
        }
        Offsets = offsets;
        Elements = elements;
        Nulls = nulls;
    }

    /// <summary>Start offsets into <see cref="Elements"/>.</summary>
    public int[] Offsets { get; }

    /// <summary>All elements of all rows.</summary>
    public Vector Elements { get; }

    /// <summary>The null bitmap, or null when no row is null.</summary>
    public ulong[]? Nulls { get; }

    /// <summary>The array type.</summary>
    public ArrayType ArrayType => (ArrayType)Type;

    /// <inheritdoc />
    public override VectorEncoding Encoding => VectorEncoding.Array;

    /// <inheritdoc />
    public override bool MayHaveNulls => Nulls is not null;

    /// <inheritdoc />
    public override bool IsNull(int position) => Nulls is not null && Bitmap.Get(Nulls, position);

    /// <summary>The number of elements in row <paramref name="position"/>.</summary>
    public int GetLength(int position) => Offsets[position + 1] - Offsets[position];

    /// <inheritdoc />
    public override object? GetObject(int position)
    {
        if (IsNull(position))
        {
            return null;
        }
        int start = Offsets[position];
        var values = new object?[Offsets[position + 1] - start];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Elements.GetObject(start + i);
        }
        return values;
    }

    /// <inheritdoc />
    public override Vector Take(ReadOnlySpan<int> positions)
    {
        var offsets = new int[positions.Length + 1];
        var elementPositions = new List<int>();
        for (int i = 0; i < positions.Length; i++)
        {
            int p = positions[i];
            for (int e = Offsets[p]; e < Offsets[p + 1]; e++)
            {
                elementPositions.Add(e);
            }
            offsets[i + 1] = elementPositions.Count;
        }
        Vector elements = Elements.Take(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(elementPositions));
        return new ArrayVector(ArrayType, offsets, elements, Bitmap.Take(Nulls, positions), positions.Length);
    }

    /// <inheritdoc />
    public override long RetainedBytes => Elements.RetainedBytes + Offsets.Length * 4L + (Nulls?.Length ?? 0) * 8L + 32;
}
