using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Generates nation (25 rows at every scale; GENERATOR-NOTES §6.2).</summary>
internal sealed class TpchNationGenerator : TpchGenerator
{
    private const int CommentAverage = 72;

    /// <summary>n_regionkey: running sum of the <c>nations</c> weights.</summary>
    private static readonly int[] s_regionKeys = RegionKeys();

    private long _commentSeed;
    private long _nextRow;
    private long _pageStart;
    private long[] _longs = [];
    private int[] _ints = [];
    private int[] _textOffsets = [];

    public TpchNationGenerator(TpchScale scale, TpchDoubleTypeMapping mapping, ReadOnlySpan<int> ordinals, long startUnit, long endUnit)
        : base(TpchTable.Nation, scale, mapping, ordinals, startUnit, endUnit)
    {
        _commentSeed = TpchRandom.StartAt(606179079, startUnit, 2);
        _nextRow = startUnit;
    }

    protected override int BeginPage(int maxRows)
    {
        int rows = (int)Math.Min(maxRows, EndUnit - _nextRow);
        _pageStart = _nextRow;
        _nextRow += rows;
        return rows;
    }

    protected override Vector BuildColumn(int ordinal, SqlType type, int rows)
    {
        int first = (int)_pageStart;
        switch (ordinal)
        {
            case 0:
                return BuildRowNumbers(rows);
            case 1:
                {
                    int[] indexes = Ensure(ref _ints, rows);
                    for (int i = 0; i < rows; i++)
                    {
                        indexes[i] = first + i;
                    }
                    return TpchVectors.Pick(type, TpchDistributions.Nations, indexes.AsSpan(0, rows));
                }
            case 2:
                {
                    long[] keys = Ensure(ref _longs, rows);
                    for (int i = 0; i < rows; i++)
                    {
                        keys[i] = s_regionKeys[first + i];
                    }
                    return TpchVectors.Longs(keys.AsSpan(0, rows));
                }
            case 3:
                {
                    int[] offsets = Ensure(ref _textOffsets, rows);
                    int[] lengths = Ensure(ref _ints, rows);
                    long total = TpchText.DrawText(ref _commentSeed, CommentAverage, offsets, lengths, rows);
                    return TpchVectors.PoolText(type, offsets.AsSpan(0, rows), lengths.AsSpan(0, rows), total);
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(ordinal));
        }
    }

    protected override Vector BuildRowNumbers(int rows)
    {
        long[] keys = Ensure(ref _longs, rows);
        for (int i = 0; i < rows; i++)
        {
            keys[i] = _pageStart + i;
        }
        return TpchVectors.Longs(keys.AsSpan(0, rows));
    }

    private static int[] RegionKeys()
    {
        int[] weights = TpchDistributions.Nations.Weights;
        var keys = new int[weights.Length];
        int sum = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            sum += weights[i];
            keys[i] = sum;
        }
        return keys;
    }
}
