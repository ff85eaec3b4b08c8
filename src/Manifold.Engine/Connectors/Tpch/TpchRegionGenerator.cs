using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Generates region (5 rows at every scale; GENERATOR-NOTES §6.1).</summary>
internal sealed class TpchRegionGenerator : TpchGenerator
{
    private const int CommentAverage = 72;

    private long _commentSeed;
    private long _nextRow;
    private long _pageStart;
    private long[] _longs = [];
    private int[] _ints = [];
    private int[] _textOffsets = [];

    public TpchRegionGenerator(TpchScale scale, TpchDoubleTypeMapping mapping, ReadOnlySpan<int> ordinals, long startUnit, long endUnit)
        : base(TpchTable.Region, scale, mapping, ordinals, startUnit, endUnit)
    {
        _commentSeed = TpchRandom.StartAt(1500869201, startUnit, 2);
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
        switch (ordinal)
        {
            case 0:
                return BuildRowNumbers(rows);
            case 1:
                {
                    int[] indexes = Ensure(ref _ints, rows);
                    for (int i = 0; i < rows; i++)
                    {
                        indexes[i] = (int)_pageStart + i;
                    }
                    return TpchVectors.Pick(type, TpchDistributions.Regions, indexes.AsSpan(0, rows));
                }
            case 2:
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
}
