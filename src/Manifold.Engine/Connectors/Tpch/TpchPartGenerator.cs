using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Generates part (GENERATOR-NOTES §6.5).</summary>
internal sealed class TpchPartGenerator : TpchGenerator
{
    private const int NameDraws = 92;
    private const int NameWords = 5;
    private const int CommentAverage = 14;

    private static readonly byte[] s_manufacturerPrefix = "Manufacturer#"u8.ToArray();
    private static readonly byte[] s_brandPrefix = "Brand#"u8.ToArray();

    private long _nameSeed;
    private long _manufacturerSeed;
    private long _brandSeed;
    private long _typeSeed;
    private long _sizeSeed;
    private long _containerSeed;
    private long _commentSeed;

    private long _nextPart;
    private long _pageStart;

    private int[] _manufacturer = [];
    private int _manufacturerPage;

    private readonly int[] _colors = new int[NameDraws];
    private long[] _longs = [];
    private int[] _ints = [];
    private int[] _textOffsets = [];
    private readonly TpchBytesBuilder _text = new();

    public TpchPartGenerator(TpchScale scale, TpchDoubleTypeMapping mapping, ReadOnlySpan<int> ordinals, long startUnit, long endUnit)
        : base(TpchTable.Part, scale, mapping, ordinals, startUnit, endUnit)
    {
        _nameSeed = TpchRandom.StartAt(709314158, startUnit, NameDraws);
        _manufacturerSeed = TpchRandom.StartAt(1, startUnit, 1);
        _brandSeed = TpchRandom.StartAt(46831694, startUnit, 1);
        _typeSeed = TpchRandom.StartAt(1841581359, startUnit, 1);
        _sizeSeed = TpchRandom.StartAt(1193163244, startUnit, 1);
        _containerSeed = TpchRandom.StartAt(727633698, startUnit, 1);
        _commentSeed = TpchRandom.StartAt(804159733, startUnit, 2);
        _nextPart = startUnit;
        for (int i = 0; i < _colors.Length; i++)
        {
            _colors[i] = i;
        }
    }

    protected override int BeginPage(int maxRows)
    {
        int rows = (int)Math.Min(maxRows, EndUnit - _nextPart);
        _pageStart = _nextPart;
        _nextPart += rows;
        return rows;
    }

    protected override Vector BuildColumn(int ordinal, SqlType type, int rows)
    {
        switch (ordinal)
        {
            case 0:
                return BuildRowNumbers(rows);
            case 1:
                return Names(type, rows);
            case 2:
                {
                    int[] manufacturer = Manufacturers(rows);
                    _text.Reset(rows, 14);
                    for (int i = 0; i < rows; i++)
                    {
                        _text.Commit(TpchText.PrefixedNumber(s_manufacturerPrefix, manufacturer[i], 1, _text.Reserve()));
                    }
                    return _text.Build(type);
                }
            case 3:
                {
                    int[] manufacturer = Manufacturers(rows);
                    _text.Reset(rows, 8);
                    long s = _brandSeed;
                    for (int i = 0; i < rows; i++)
                    {
                        int brand = manufacturer[i] * 10 + TpchRandom.Uniform(ref s, 1, 5);
                        _text.Commit(TpchText.PrefixedNumber(s_brandPrefix, brand, 2, _text.Reserve()));
                    }
                    _brandSeed = s;
                    return _text.Build(type);
                }
            case 4:
                return Pick(ref _typeSeed, TpchDistributions.PartTypes, type, rows);
            case 5:
                {
                    int[] sizes = Ensure(ref _ints, rows);
                    long s = _sizeSeed;
                    for (int i = 0; i < rows; i++)
                    {
                        sizes[i] = TpchRandom.Uniform(ref s, 1, 50);
                    }
                    _sizeSeed = s;
                    return TpchVectors.Ints(sizes.AsSpan(0, rows));
                }
            case 6:
                return Pick(ref _containerSeed, TpchDistributions.PartContainers, type, rows);
            case 7:
                {
                    long[] prices = Ensure(ref _longs, rows);
                    for (int i = 0; i < rows; i++)
                    {
                        prices[i] = TpchKeys.RetailPriceCents(_pageStart + i + 1);
                    }
                    return TpchVectors.Money(prices.AsSpan(0, rows), type);
                }
            case 8:
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

    private int[] Manufacturers(int rows)
    {
        if (_manufacturerPage != PageNumber)
        {
            int[] values = Ensure(ref _manufacturer, rows);
            long s = _manufacturerSeed;
            for (int i = 0; i < rows; i++)
            {
                values[i] = TpchRandom.Uniform(ref s, 1, 5);
            }
            _manufacturerSeed = s;
            _manufacturerPage = PageNumber;
        }
        return _manufacturer;
    }

    /// <summary>p_name: five colours from a partial shuffle of the 92 colours (list order reset for every part).</summary>
    private BytesVector Names(SqlType type, int rows)
    {
        byte[][] colors = TpchDistributions.Colors.Utf8;
        int[] order = _colors;
        Span<int> swapped = stackalloc int[NameWords];
        _text.Reset(rows, NameWords * (TpchDistributions.Colors.MaxLength + 1));
        long s = _nameSeed;
        for (int i = 0; i < rows; i++)
        {
            for (int word = 0; word < NameWords; word++)
            {
                int other = TpchRandom.Uniform(ref s, word, NameDraws - 1);
                swapped[word] = other;
                (order[word], order[other]) = (order[other], order[word]);
            }
            Span<byte> destination = _text.Reserve();
            int length = 0;
            for (int word = 0; word < NameWords; word++)
            {
                if (word > 0)
                {
                    destination[length++] = (byte)' ';
                }
                byte[] color = colors[order[word]];
                color.CopyTo(destination[length..]);
                length += color.Length;
            }
            _text.Commit(length);
            // Undo the swaps (in reverse) to restore list order for the next part.
            for (int word = NameWords - 1; word >= 0; word--)
            {
                int other = swapped[word];
                (order[word], order[other]) = (order[other], order[word]);
            }
            s = TpchRandom.Pad(s, NameDraws - NameWords);
        }
        _nameSeed = s;
        return _text.Build(type);
    }

    private BytesVector Pick(ref long seed, TpchDistribution distribution, SqlType type, int rows)
    {
        int[] indexes = Ensure(ref _ints, rows);
        long s = seed;
        for (int i = 0; i < rows; i++)
        {
            indexes[i] = distribution.Pick(ref s);
        }
        seed = s;
        return TpchVectors.Pick(type, distribution, indexes.AsSpan(0, rows));
    }
}
