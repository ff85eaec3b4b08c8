using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Generates customer (GENERATOR-NOTES §6.4).</summary>
internal sealed class TpchCustomerGenerator : TpchGenerator
{
    private const int AddressDraws = 9;
    private const int CommentAverage = 73;

    private static readonly byte[] s_namePrefix = "Customer#"u8.ToArray();

    private long _addressSeed;
    private long _nationSeed;
    private long _phoneSeed;
    private long _balanceSeed;
    private long _segmentSeed;
    private long _commentSeed;

    private long _nextRow;
    private long _pageStart;

    private int[] _nation = [];
    private int _nationPage;
    private long[] _longs = [];
    private int[] _ints = [];
    private int[] _textOffsets = [];
    private readonly TpchBytesBuilder _text = new();

    public TpchCustomerGenerator(TpchScale scale, TpchDoubleTypeMapping mapping, ReadOnlySpan<int> ordinals, long startUnit, long endUnit)
        : base(TpchTable.Customer, scale, mapping, ordinals, startUnit, endUnit)
    {
        _addressSeed = TpchRandom.StartAt(881155353, startUnit, AddressDraws);
        _nationSeed = TpchRandom.StartAt(1489529863, startUnit, 1);
        _phoneSeed = TpchRandom.StartAt(1521138112, startUnit, 3);
        _balanceSeed = TpchRandom.StartAt(298370230, startUnit, 1);
        _segmentSeed = TpchRandom.StartAt(1140279430, startUnit, 1);
        _commentSeed = TpchRandom.StartAt(1335826707, startUnit, 2);
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
                _text.Reset(rows, 32);
                for (int i = 0; i < rows; i++)
                {
                    _text.Commit(TpchText.PrefixedNumber(s_namePrefix, _pageStart + i + 1, 9, _text.Reserve()));
                }
                return _text.Build(type);
            case 2:
                return TpchPeopleColumns.Addresses(ref _addressSeed, _text, type, rows);
            case 3:
                return TpchPeopleColumns.NationKeys(Nations(rows), rows, ref _longs);
            case 4:
                return TpchPeopleColumns.Phones(ref _phoneSeed, Nations(rows), _text, type, rows);
            case 5:
                return TpchPeopleColumns.Balances(ref _balanceSeed, ref _ints, type, rows);
            case 6:
                {
                    int[] indexes = Ensure(ref _ints, rows);
                    long s = _segmentSeed;
                    for (int i = 0; i < rows; i++)
                    {
                        indexes[i] = TpchDistributions.MarketSegments.Pick(ref s);
                    }
                    _segmentSeed = s;
                    return TpchVectors.Pick(type, TpchDistributions.MarketSegments, indexes.AsSpan(0, rows));
                }
            case 7:
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
            keys[i] = _pageStart + i + 1;
        }
        return TpchVectors.Longs(keys.AsSpan(0, rows));
    }

    private int[] Nations(int rows)
    {
        if (_nationPage != PageNumber)
        {
            TpchPeopleColumns.DrawNations(ref _nationSeed, Ensure(ref _nation, rows), rows);
            _nationPage = PageNumber;
        }
        return _nation;
    }
}
