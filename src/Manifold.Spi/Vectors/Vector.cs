using Manifold.Spi.Types;

namespace Manifold.Spi.Vectors;

/// <summary>A column of <see cref="Count"/> values of one SQL type. Immutable once built.</summary>
/// <remarks>
/// Concrete layouts: <see cref="FlatVector{T}"/>, <see cref="BytesVector"/>, <see cref="ConstantVector"/>,
/// <see cref="DictionaryVector"/>, <see cref="ArrayVector"/>, <see cref="MapVector"/>, <see cref="RowVector"/>.
/// Hot code switches on <see cref="Encoding"/> and works on the typed arrays; <see cref="GetObject"/> is for edges
/// (clients, tests, planning) only. Vectors may be shared by many pages and threads; never mutate one after building it.
/// </remarks>
public abstract class Vector
{
    /// <summary>Initializes the type and row count.</summary>
    protected Vector(SqlType type, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Type = type;
        Count = count;
    }

    /// <summary>The SQL type of every value.</summary>
    public SqlType Type { get; }

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>The layout.</summary>
    public abstract VectorEncoding Encoding { get; }

    /// <summary>False when no row is null; true when some row may be.</summary>
    public abstract bool MayHaveNulls { get; }

    /// <summary>Whether the value at <paramref name="position"/> is null.</summary>
    public abstract bool IsNull(int position);

    /// <summary>The value at <paramref name="position"/> as a boxed physical value (see <see cref="PhysicalType"/>): strings for
    /// character and json types, <c>byte[]</c> for varbinary, <c>object?[]</c> for arrays and rows, <see cref="MapValue"/>
    /// for maps, null for SQL NULL. Slow; not for hot loops.</summary>
    public abstract object? GetObject(int position);

    /// <summary>A new vector holding the rows at <paramref name="positions"/>, in that order (positions may repeat).</summary>
    public abstract Vector Take(ReadOnlySpan<int> positions);

    /// <summary>Rows <paramref name="offset"/> .. <paramref name="offset"/> + <paramref name="length"/> - 1 as a new vector.</summary>
    public virtual Vector Slice(int offset, int length)
    {
        if (offset == 0 && length == Count)
        {
            return this;
        }
        int[] positions = new int[length];
        for (int i = 0; i < length; i++)
        {
            positions[i] = offset + i;
        }
        return Take(positions);
    }

    /// <summary>This vector without constant or dictionary wrapping at the top level (nested children may still be wrapped).</summary>
    public virtual Vector Flatten() => this;

    /// <summary>An estimate of the memory this vector keeps alive, in bytes.</summary>
    public abstract long RetainedBytes { get; }

    /// <summary>A vector of <paramref name="count"/> nulls.</summary>
    public static Vector NullVector(SqlType type, int count) => new ConstantVector(VectorBuilder.SingleNull(type), count);

    /// <summary>The rows of all <paramref name="parts"/>, one after another. All parts must have the same type.</summary>
    public static Vector Concat(SqlType type, IReadOnlyList<Vector> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }
        int total = 0;
        foreach (Vector part in parts)
        {
            total += part.Count;
        }
        VectorBuilder builder = VectorBuilder.Create(type, total);
        foreach (Vector part in parts)
        {
            builder.AppendRange(part, 0, part.Count);
        }
        return builder.Build();
    }
}
