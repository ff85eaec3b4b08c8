using System.Buffers;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

/// <summary>For IGNORE NULLS: the positions of the non-null values of a partition's argument, and for each row how many
/// non-null values come before it, so that "the k-th non-null value before / after / inside a frame" is O(1).</summary>
/// <remarks>Rents its arrays from the shared pool; dispose to return them.</remarks>
internal readonly struct NonNullIndex : IDisposable
{
    private readonly int[] _before;
    private readonly int[] _positions;

    public NonNullIndex(Vector values, int rowCount)
    {
        _before = ArrayPool<int>.Shared.Rent(rowCount + 1);
        _positions = ArrayPool<int>.Shared.Rent(Math.Max(rowCount, 1));
        int count = 0;
        bool mayHaveNulls = values.MayHaveNulls;
        for (int row = 0; row < rowCount; row++)
        {
            _before[row] = count;
            if (!mayHaveNulls || !values.IsNull(row))
            {
                _positions[count++] = row;
            }
        }
        _before[rowCount] = count;
        Count = count;
    }

    /// <summary>The number of non-null values in the partition.</summary>
    public int Count { get; }

    /// <summary>The number of non-null values among rows 0 .. <paramref name="row"/> - 1.</summary>
    public int CountBefore(int row) => _before[row];

    /// <summary>The row of the non-null value with rank <paramref name="index"/> (0-based) in the partition.</summary>
    public int Position(int index) => _positions[index];

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_before);
        ArrayPool<int>.Shared.Return(_positions);
    }
}
