using System.Runtime.CompilerServices;
using Manifold.Spi.Types;

namespace Manifold.Spi.Vectors;

/// <summary>Fixed-width values in an array plus an optional null bitmap. Null rows hold <c>default(T)</c>.</summary>
/// <typeparam name="T">The physical value type (see <see cref="PhysicalType"/>).</typeparam>
public sealed class FlatVector<T> : Vector
    where T : unmanaged
{
    /// <summary>Wraps <paramref name="values"/> (at least <paramref name="count"/> long) and an optional null bitmap.</summary>
    public FlatVector(SqlType type, T[] values, ulong[]? nulls, int count)
        : base(type, count)
    {
        if (values.Length < count)
        {
            throw new ArgumentException($"values holds {values.Length} items, fewer than the count {count}", nameof(values));
        }
        Values = values;
        Nulls = nulls;
    }

    /// <summary>Wraps a whole array with no nulls.</summary>
    public FlatVector(SqlType type, T[] values)
        : this(type, values, null, values.Length)
    {
    }

    /// <summary>The values; may be longer than <see cref="Vector.Count"/>.</summary>
    public T[] Values { get; }

    /// <summary>The null bitmap (bit set = null), or null when no row is null.</summary>
    public ulong[]? Nulls { get; }

    /// <summary>The first <see cref="Vector.Count"/> values.</summary>
    public ReadOnlySpan<T> Span => new(Values, 0, Count);

    /// <inheritdoc />
    public override VectorEncoding Encoding => VectorEncoding.Flat;

    /// <inheritdoc />
    public override bool MayHaveNulls => Nulls is not null;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override bool IsNull(int position) => Nulls is not null && Bitmap.Get(Nulls, position);

    /// <summary>The value at <paramref name="position"/> (meaningless when null).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Get(int position) => Values[position];

    /// <inheritdoc />
    public override object? GetObject(int position) => IsNull(position) ? null : Values[position];

    /// <inheritdoc />
    public override Vector Take(ReadOnlySpan<int> positions)
    {
        var values = new T[positions.Length];
        T[] source = Values;
        for (int i = 0; i < positions.Length; i++)
        {
            values[i] = source[positions[i]];
        }
        return new FlatVector<T>(Type, values, Bitmap.Take(Nulls, positions), positions.Length);
    }

    /// <inheritdoc />
    public override Vector Slice(int offset, int length)
    {
        if (offset == 0)
        {
            return length == Count ? this : new FlatVector<T>(Type, Values, Nulls, length);
        }
        var values = new T[length];
        Array.Copy(Values, offset, values, 0, length);
        ulong[]? nulls = null;
        if (Nulls is not null)
        {
            for (int i = 0; i < length; i++)
            {
                if (Bitmap.Get(Nulls, offset + i))
                {
                    nulls ??= Bitmap.Allocate(length);
                    Bitmap.Set(nulls, i);
                }
            }
        }
        return new FlatVector<T>(Type, values, nulls, length);
    }

    /// <inheritdoc />
    public override long RetainedBytes => (long)Values.Length * Unsafe.SizeOf<T>() + (Nulls?.Length ?? 0) * 8L + 32;
}
