using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Generates partsupp, four rows per part (GENERATOR-NOTES §6.5). Units are parts; a page may end inside a part.</summary>
internal sealed class TpchPartSuppGenerator : TpchGenerator
{
    private const int SuppliersPerPart = 4;
    private const int CommentAverage = 124;

    private long _quantitySeed;
    private long _costSeed;
    private long _commentSeed;

    // Cursor: the next row is supplier number _nextSupplier of part _nextPart + 1.
    private long _nextPart;
    private int _nextSupplier;

    private long[] _rowPart = [];
    private int[] _rowSupplier = [];
    private long[] _longs = [];
    private int[] _ints = [];
    private int[] _textOffsets = [];

    public TpchPartSuppGenerator(TpchScale scale, TpchDoubleTypeMapping mapping, ReadOnlySpan<int> ordinals, long startUnit, long endUnit)
        : base(TpchTable.PartSupp, scale, mapping, ordinals, startUnit, endUnit)
    {
        // Every stream is drawn exactly its budget per row (1, 1, 2), so no padding is ever needed.
        _quantitySeed = TpchRandom.StartAt(1671059989, startUnit, SuppliersPerPart);
        _costSeed = TpchRandom.StartAt(1051288424, startUnit, SuppliersPerPart);
        _commentSeed = TpchRandom.StartAt(1961692154, startUnit, 2 * SuppliersPerPart);
        _nextPart = startUnit;
    }

    protected override int BeginPage(int maxRows)
    {
        long[] rowPart = Ensure(ref _rowPart, maxRows);
        int[] rowSupplier = Ensure(ref _rowSupplier, maxRows);
        int rows = 0;
        while (rows < maxRows && _nextPart < EndUnit)
        {
            rowPart[rows] = _nextPart + 1;
            rowSupplier[rows] = _nextSupplier;
            rows++;
            if (++_nextSupplier == SuppliersPerPart)
            {
                _nextSupplier = 0;
                _nextPart++;
            }
        }
        return rows;
    }

    protected override Vector BuildColumn(int ordinal, SqlType type, int rows)
    {
        switch (ordinal)
        {
            case 0:
                return TpchVectors.Longs(_rowPart.AsSpan(0, rows));
            case 1:
                {
                    long[] keys = Ensure(ref _longs, rows);
                    long suppliers = Scale.Suppliers;
                    for (int i = 0; i < rows; i++)
                    {
                        keys[i] = TpchKeys.PartSupplier(_rowPart[i], _rowSupplier[i], suppliers);
                    }
                    return TpchVectors.Longs(keys.AsSpan(0, rows));
                }
            case 2:
                return TpchVectors.Ints(Draw(ref _quantitySeed, 1, 9999, rows));
            case 3:
                return TpchVectors.Money(Draw(ref _costSeed, 100, 100000, rows), type);
            case 4:
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

    protected override Vector BuildRowNumbers(int rows) => TpchVectors.Longs(_rowPart.AsSpan(0, rows));

    private ReadOnlySpan<int> Draw(ref long seed, int low, int high, int rows)
    {
        int[] values = Ensure(ref _ints, rows);
        long s = seed;
        for (int i = 0; i < rows; i++)
        {
            values[i] = TpchRandom.Uniform(ref s, low, high);
        }
        seed = s;
        return values.AsSpan(0, rows);
    }
}
