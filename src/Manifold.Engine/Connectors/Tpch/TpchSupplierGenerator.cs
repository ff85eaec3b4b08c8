using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Generates supplier, including the "Customer ... Complaints/Recommends" comments (GENERATOR-NOTES §6.3).</summary>
internal sealed class TpchSupplierGenerator : TpchGenerator
{
    private const int AddressDraws = 9;
    private const int CommentAverage = 63;
    private const int BbbCommentsPerScaleBase = 10;
    private const int BbbCommentLength = 19;   // "Customer " + "Complaints"

    private static readonly byte[] s_namePrefix = "Supplier#"u8.ToArray();

    private long _addressSeed;
    private long _nationSeed;
    private long _phoneSeed;
    private long _balanceSeed;
    private long _commentSeed;
    private long _bbbSelectSeed;
    private long _bbbTypeSeed;
    private long _bbbNoiseSeed;
    private long _bbbOffsetSeed;

    private long _nextRow;
    private long _pageStart;

    private int[] _nation = [];
    private int _nationPage;
    private long[] _longs = [];
    private int[] _ints = [];
    private readonly TpchBytesBuilder _text = new();

    public TpchSupplierGenerator(TpchScale scale, TpchDoubleTypeMapping mapping, ReadOnlySpan<int> ordinals, long startUnit, long endUnit)
        : base(TpchTable.Supplier, scale, mapping, ordinals, startUnit, endUnit)
    {
        _addressSeed = TpchRandom.StartAt(706178559, startUnit, AddressDraws);
        _nationSeed = TpchRandom.StartAt(110356601, startUnit, 1);
        _phoneSeed = TpchRandom.StartAt(884434366, startUnit, 3);
        _balanceSeed = TpchRandom.StartAt(962338209, startUnit, 1);
        _commentSeed = TpchRandom.StartAt(1341315363, startUnit, 2);
        _bbbSelectSeed = TpchRandom.StartAt(202794285, startUnit, 1);
        _bbbTypeSeed = TpchRandom.StartAt(753643799, startUnit, 1);
        _bbbNoiseSeed = TpchRandom.StartAt(263032577, startUnit, 1);
        _bbbOffsetSeed = TpchRandom.StartAt(715851524, startUnit, 1);
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
                return Comments(type, rows);
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

    private BytesVector Comments(SqlType type, int rows)
    {
        byte[] pool = TpchTextPool.Bytes;
        int minLength = TpchText.MinTextLength(CommentAverage);
        int maxLength = TpchText.MaxTextLength(CommentAverage);
        _text.Reset(rows, maxLength);
        long commentSeed = _commentSeed;
        long selectSeed = _bbbSelectSeed;
        long typeSeed = _bbbTypeSeed;
        long noiseSeed = _bbbNoiseSeed;
        long offsetSeed = _bbbOffsetSeed;
        for (int i = 0; i < rows; i++)
        {
            TpchText.DrawText(ref commentSeed, minLength, maxLength, out int poolOffset, out int length);
            Span<byte> comment = _text.Reserve()[..length];
            pool.AsSpan(poolOffset, length).CopyTo(comment);
            // Every row draws all four BBB streams (budget 1 each), whether or not it gets a BBB comment.
            int select = TpchRandom.Uniform(ref selectSeed, 1, TpchScale.SupplierBase);
            int kind = TpchRandom.Uniform(ref typeSeed, 0, 100);
            int noise = TpchRandom.Uniform(ref noiseSeed, 0, length - BbbCommentLength);
            int offset = TpchRandom.Uniform(ref offsetSeed, 0, length - BbbCommentLength - noise);
            if (select <= BbbCommentsPerScaleBase)
            {
                "Customer "u8.CopyTo(comment[offset..]);
                (kind < 50 ? "Complaints"u8 : "Recommends"u8).CopyTo(comment[(offset + 9 + noise)..]);
            }
            _text.Commit(length);
        }
        _commentSeed = commentSeed;
        _bbbSelectSeed = selectSeed;
        _bbbTypeSeed = typeSeed;
        _bbbNoiseSeed = noiseSeed;
        _bbbOffsetSeed = offsetSeed;
        return _text.Build(type);
    }
}
