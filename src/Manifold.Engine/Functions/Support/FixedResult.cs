using System.Runtime.CompilerServices;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>The output of a fixed-width kernel: a value array plus a null bitmap created on first use.</summary>
internal struct FixedResult<T>
    where T : unmanaged
{
    /// <summary>Allocates room for <paramref name="rowCount"/> values, none null.</summary>
    public FixedResult(int rowCount)
    {
        Values = new T[Math.Max(rowCount, 1)];
        Nulls = null;
        RowCount = rowCount;
    }

    /// <summary>Allocates room for <paramref name="rowCount"/> values with the given null bitmap (taken over).</summary>
    public FixedResult(int rowCount, ulong[]? nulls)
    {
        Values = new T[Math.Max(rowCount, 1)];
        Nulls = nulls;
        RowCount = rowCount;
    }

    /// <summary>The values.</summary>
    public T[] Values { get; }

    /// <summary>The null bitmap, or null while no row is null.</summary>
    public ulong[]? Nulls { get; private set; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Whether row <paramref name="row"/> has been marked null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool IsNull(int row) => Nulls is not null && Bitmap.Get(Nulls, row);

    /// <summary>Marks <paramref name="row"/> null.</summary>
    public void SetNull(int row)
    {
        Nulls ??= Bitmap.Allocate(RowCount);
        Bitmap.Set(Nulls, row);
        Values[row] = default;
    }

    /// <summary>The finished vector.</summary>
    public readonly FlatVector<T> Build(SqlType type) => new(type, Values, Nulls, RowCount);
}
