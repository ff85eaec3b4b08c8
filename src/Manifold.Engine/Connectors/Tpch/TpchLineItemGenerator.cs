using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Generates lineitem for a range of orders (GENERATOR-NOTES §6.6). A page may end in the middle of an order.</summary>
internal sealed class TpchLineItemGenerator : TpchGenerator
{
    private const int MaxLines = 7;
    private const int CommentAverage = 27;

    // Streams owned by the order row, one draw per order.
    private long _orderDateSeed;
    private long _lineCountSeed;

    // Streams owned by the lineitem rows, budget 7 (comment: 14) per order.
    private long _quantitySeed;
    private long _discountSeed;
    private long _taxSeed;
    private long _instructSeed;
    private long _modeSeed;
    private long _partKeySeed;
    private long _supplierSeed;
    private long _shipSeed;
    private long _commitSeed;
    private long _receiptSeed;
    private long _returnFlagSeed;
    private int _returnFlagDraws;
    private long _commentSeed;

    // The order being emitted.
    private long _nextOrder;
    private long _orderIndex;
    private int _orderDate;
    private int _lineCount;
    private int _nextLine = 1;

    // The current page: one entry per line.
    private long[] _rowOrder = [];
    private int[] _rowLine = [];
    private int[] _rowLineCount = [];
    private int[] _rowOrderDate = [];

    // Values shared by several columns, drawn at most once per page.
    private int[] _quantity = [];
    private int _quantityPage;
    private long[] _partKey = [];
    private int _partKeyPage;
    private int[] _shipDate = [];
    private int _shipDatePage;
    private int[] _receiptDate = [];
    private int _receiptDatePage;

    private int[] _ints = [];
    private long[] _longs = [];
    private int[] _textOffsets = [];
    private byte[] _chars = [];

    private readonly bool _use64Bit;

    public TpchLineItemGenerator(TpchScale scale, TpchDoubleTypeMapping mapping, ReadOnlySpan<int> ordinals, long startUnit, long endUnit)
        : base(TpchTable.LineItem, scale, mapping, ordinals, startUnit, endUnit)
    {
        long orders = startUnit;
        _orderDateSeed = TpchRandom.StartAt(1066728069, orders, 1);
        _lineCountSeed = TpchRandom.StartAt(1434868289, orders, 1);
        _quantitySeed = TpchRandom.StartAt(209208115, orders, MaxLines);
        _discountSeed = TpchRandom.StartAt(554590007, orders, MaxLines);
        _taxSeed = TpchRandom.StartAt(721958466, orders, MaxLines);
        _instructSeed = TpchRandom.StartAt(1371272478, orders, MaxLines);
        _modeSeed = TpchRandom.StartAt(675466456, orders, MaxLines);
        _partKeySeed = TpchRandom.StartAt(1808217256, orders, MaxLines);
        _supplierSeed = TpchRandom.StartAt(2095021727, orders, MaxLines);
        _shipSeed = TpchRandom.StartAt(1769349045, orders, MaxLines);
        _commitSeed = TpchRandom.StartAt(904914315, orders, MaxLines);
        _receiptSeed = TpchRandom.StartAt(373135028, orders, MaxLines);
        _returnFlagSeed = TpchRandom.StartAt(717419739, orders, MaxLines);
        _commentSeed = TpchRandom.StartAt(1095462486, orders, 2 * MaxLines);
        _nextOrder = startUnit;
        _use64Bit = scale.Use64BitKeys;
    }

    protected override int BeginPage(int maxRows)
    {
        Ensure(ref _rowOrder, maxRows);
        Ensure(ref _rowLine, maxRows);
        Ensure(ref _rowLineCount, maxRows);
        Ensure(ref _rowOrderDate, maxRows);
        long[] rowOrder = _rowOrder;
        int[] rowLine = _rowLine;
        int[] rowLineCount = _rowLineCount;
        int[] rowOrderDate = _rowOrderDate;
        int rows = 0;
        while (rows < maxRows)
        {
            if (_nextLine > _lineCount)
            {
                if (_nextOrder >= EndUnit)
                {
                    break;
                }
                _orderIndex = ++_nextOrder;
                _orderDate = TpchRandom.Uniform(ref _orderDateSeed, 0, TpchDates.MaxOrderDay);
                _lineCount = TpchRandom.Uniform(ref _lineCountSeed, 1, MaxLines);
                _nextLine = 1;
            }
            rowOrder[rows] = _orderIndex;
            rowLine[rows] = _nextLine++;
            rowLineCount[rows] = _lineCount;
            rowOrderDate[rows] = _orderDate;
            rows++;
        }
        return rows;
    }

    protected override Vector BuildColumn(int ordinal, SqlType type, int rows)
    {
        switch (ordinal)
        {
            case 0:
                {
                    long[] keys = Ensure(ref _longs, rows);
                    for (int i = 0; i < rows; i++)
                    {
                        keys[i] = TpchKeys.OrderKey(_rowOrder[i]);
                    }
                    return TpchVectors.Longs(keys.AsSpan(0, rows));
                }
            case 1:
                return TpchVectors.Longs(PartKeys(rows).AsSpan(0, rows));
            case 2:
                return TpchVectors.Longs(SupplierKeys(rows));
            case 3:
                return TpchVectors.Ints(_rowLine.AsSpan(0, rows));
            case 4:
                return TpchVectors.Quantity(Quantities(rows).AsSpan(0, rows), type);
            case 5:
                {
                    int[] quantity = Quantities(rows);
                    long[] partKey = PartKeys(rows);
                    long[] prices = Ensure(ref _longs, rows);
                    for (int i = 0; i < rows; i++)
                    {
                        prices[i] = TpchKeys.RetailPriceCents(partKey[i]) * quantity[i];
                    }
                    return TpchVectors.Money(prices.AsSpan(0, rows), type);
                }
            case 6:
                return TpchVectors.Money(DrawPerLine(ref _discountSeed, 0, 10, rows), type);
            case 7:
                return TpchVectors.Money(DrawPerLine(ref _taxSeed, 0, 8, rows), type);
            case 8:
                return ReturnFlags(type, rows);
            case 9:
                {
                    int[] ship = ShipDates(rows);
                    byte[] chars = Ensure(ref _chars, rows);
                    for (int i = 0; i < rows; i++)
                    {
                        chars[i] = ship[i] <= TpchDates.CurrentDay ? (byte)'F' : (byte)'O';
                    }
                    return TpchVectors.Chars(type, chars.AsSpan(0, rows));
                }
            case 10:
                return TpchVectors.Dates(ShipDates(rows).AsSpan(0, rows));
            case 11:
                {
                    Span<int> commit = DrawPerLine(ref _commitSeed, 30, 90, rows);
                    for (int i = 0; i < rows; i++)
                    {
                        commit[i] += _rowOrderDate[i];
                    }
                    return TpchVectors.Dates(commit);
                }
            case 12:
                return TpchVectors.Dates(ReceiptDates(rows).AsSpan(0, rows));
            case 13:
                return PickPerLine(ref _instructSeed, TpchDistributions.ShipInstructions, type, rows);
            case 14:
                return PickPerLine(ref _modeSeed, TpchDistributions.ShipModes, type, rows);
            case 15:
                return Comments(type, rows);
            default:
                throw new ArgumentOutOfRangeException(nameof(ordinal));
        }
    }

    protected override Vector BuildRowNumbers(int rows) => TpchVectors.Longs(_rowOrder.AsSpan(0, rows));

    /// <summary>One draw per line of a stream with budget 7 per order, padded at each order's last line.</summary>
    private Span<int> DrawPerLine(ref long seed, int low, int high, int rows)
    {
        int[] values = Ensure(ref _ints, rows);
        DrawPerLine(ref seed, low, high, values, rows);
        return values.AsSpan(0, rows);
    }

    private void DrawPerLine(ref long seed, int low, int high, int[] values, int rows)
    {
        int[] line = _rowLine;
        int[] lineCount = _rowLineCount;
        long s = seed;
        for (int i = 0; i < rows; i++)
        {
            values[i] = TpchRandom.Uniform(ref s, low, high);
            int count = lineCount[i];
            if (line[i] == count)
            {
                s = TpchRandom.Pad(s, MaxLines - count);
            }
        }
        seed = s;
    }

    private BytesVector PickPerLine(ref long seed, TpchDistribution distribution, SqlType type, int rows)
    {
        int[] indexes = Ensure(ref _ints, rows);
        int[] line = _rowLine;
        int[] lineCount = _rowLineCount;
        long s = seed;
        for (int i = 0; i < rows; i++)
        {
            indexes[i] = distribution.Pick(ref s);
            int count = lineCount[i];
            if (line[i] == count)
            {
                s = TpchRandom.Pad(s, MaxLines - count);
            }
        }
        seed = s;
        return TpchVectors.Pick(type, distribution, indexes.AsSpan(0, rows));
    }

    private int[] Quantities(int rows)
    {
        if (_quantityPage != PageNumber)
        {
            DrawPerLine(ref _quantitySeed, 1, 50, Ensure(ref _quantity, rows), rows);
            _quantityPage = PageNumber;
        }
        return _quantity;
    }

    private long[] PartKeys(int rows)
    {
        if (_partKeyPage != PageNumber)
        {
            long[] keys = Ensure(ref _partKey, rows);
            int[] line = _rowLine;
            int[] lineCount = _rowLineCount;
            long parts = Scale.Parts;
            bool use64Bit = _use64Bit;
            long s = _partKeySeed;
            for (int i = 0; i < rows; i++)
            {
                keys[i] = TpchRandom.UniformKey(ref s, 1, parts, use64Bit);
                int count = lineCount[i];
                if (line[i] == count)
                {
                    s = TpchRandom.PadKey(s, MaxLines - count, use64Bit);
                }
            }
            _partKeySeed = s;
            _partKeyPage = PageNumber;
        }
        return _partKey;
    }

    private ReadOnlySpan<long> SupplierKeys(int rows)
    {
        long[] partKey = PartKeys(rows);
        Span<int> number = DrawPerLine(ref _supplierSeed, 0, 3, rows);
        long[] keys = Ensure(ref _longs, rows);
        long suppliers = Scale.Suppliers;
        for (int i = 0; i < rows; i++)
        {
            keys[i] = TpchKeys.PartSupplier(partKey[i], number[i], suppliers);
        }
        return keys.AsSpan(0, rows);
    }

    private int[] ShipDates(int rows)
    {
        if (_shipDatePage != PageNumber)
        {
            int[] ship = Ensure(ref _shipDate, rows);
            DrawPerLine(ref _shipSeed, 1, 121, ship, rows);
            for (int i = 0; i < rows; i++)
            {
                ship[i] += _rowOrderDate[i];
            }
            _shipDatePage = PageNumber;
        }
        return _shipDate;
    }

    private int[] ReceiptDates(int rows)
    {
        if (_receiptDatePage != PageNumber)
        {
            int[] ship = ShipDates(rows);
            int[] receipt = Ensure(ref _receiptDate, rows);
            DrawPerLine(ref _receiptSeed, 1, 30, receipt, rows);
            for (int i = 0; i < rows; i++)
            {
                receipt[i] += ship[i];
            }
            _receiptDatePage = PageNumber;
        }
        return _receiptDate;
    }

    private BytesVector ReturnFlags(SqlType type, int rows)
    {
        int[] receipt = ReceiptDates(rows);
        byte[] chars = Ensure(ref _chars, rows);
        int[] line = _rowLine;
        int[] lineCount = _rowLineCount;
        byte[][] flags = TpchDistributions.ReturnFlags.Utf8;
        long s = _returnFlagSeed;
        int draws = _returnFlagDraws;
        for (int i = 0; i < rows; i++)
        {
            // Only lines received by CURRENTDATE draw a flag; the others are 'N' and leave the stream alone.
            if (receipt[i] <= TpchDates.CurrentDay)
            {
                chars[i] = flags[TpchDistributions.ReturnFlags.Pick(ref s)][0];
                draws++;
            }
            else
            {
                chars[i] = (byte)'N';
            }
            if (line[i] == lineCount[i])
            {
                s = TpchRandom.Pad(s, MaxLines - draws);
                draws = 0;
            }
        }
        _returnFlagSeed = s;
        _returnFlagDraws = draws;
        return TpchVectors.Chars(type, chars.AsSpan(0, rows));
    }

    private BytesVector Comments(SqlType type, int rows)
    {
        int[] offsets = Ensure(ref _textOffsets, rows);
        int[] lengths = Ensure(ref _ints, rows);
        int[] line = _rowLine;
        int[] lineCount = _rowLineCount;
        int minLength = TpchText.MinTextLength(CommentAverage);
        int maxLength = TpchText.MaxTextLength(CommentAverage);
        long s = _commentSeed;
        long total = 0;
        for (int i = 0; i < rows; i++)
        {
            TpchText.DrawText(ref s, minLength, maxLength, out offsets[i], out lengths[i]);
            total += lengths[i];
            int count = lineCount[i];
            if (line[i] == count)
            {
                s = TpchRandom.Pad(s, 2 * (MaxLines - count));
            }
        }
        _commentSeed = s;
        return TpchVectors.PoolText(type, offsets.AsSpan(0, rows), lengths.AsSpan(0, rows), total);
    }
}
