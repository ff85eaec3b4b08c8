using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Generates orders (GENERATOR-NOTES §6.6). o_totalprice and o_orderstatus replay the lineitem streams they
/// depend on (quantity, discount, tax, part key; ship date), and only when they are requested.</summary>
internal sealed class TpchOrdersGenerator : TpchGenerator
{
    private const int MaxLines = 7;
    private const int CommentAverage = 49;

    private static readonly byte[] s_clerkPrefix = "Clerk#"u8.ToArray();

    private long _orderDateSeed;
    private long _lineCountSeed;
    private long _customerSeed;
    private long _prioritySeed;
    private long _clerkSeed;
    private long _commentSeed;
    private long _quantitySeed;
    private long _discountSeed;
    private long _taxSeed;
    private long _partKeySeed;
    private long _shipSeed;

    private long _nextOrder;

    private int[] _orderDate = [];
    private int _orderDatePage;
    private int[] _lineCount = [];
    private int _lineCountPage;

    private long[] _longs = [];
    private int[] _ints = [];
    private int[] _textOffsets = [];
    private byte[] _chars = [];
    private readonly TpchBytesBuilder _text = new();

    public TpchOrdersGenerator(TpchScale scale, TpchDoubleTypeMapping mapping, ReadOnlySpan<int> ordinals, long startUnit, long endUnit)
        : base(TpchTable.Orders, scale, mapping, ordinals, startUnit, endUnit)
    {
        long orders = startUnit;
        _orderDateSeed = TpchRandom.StartAt(1066728069, orders, 1);
        _lineCountSeed = TpchRandom.StartAt(1434868289, orders, 1);
        _customerSeed = TpchRandom.StartAt(851767375, orders, 1);
        _prioritySeed = TpchRandom.StartAt(591449447, orders, 1);
        _clerkSeed = TpchRandom.StartAt(1171034773, orders, 1);
        _commentSeed = TpchRandom.StartAt(276090261, orders, 2);
        _quantitySeed = TpchRandom.StartAt(209208115, orders, MaxLines);
        _discountSeed = TpchRandom.StartAt(554590007, orders, MaxLines);
        _taxSeed = TpchRandom.StartAt(721958466, orders, MaxLines);
        _partKeySeed = TpchRandom.StartAt(1808217256, orders, MaxLines);
        _shipSeed = TpchRandom.StartAt(1769349045, orders, MaxLines);
        _nextOrder = startUnit;
    }

    /// <summary>0-based index of the first order of the current page.</summary>
    private long _pageStart;

    protected override int BeginPage(int maxRows)
    {
        int rows = (int)Math.Min(maxRows, EndUnit - _nextOrder);
        _pageStart = _nextOrder;
        _nextOrder += rows;
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
                        keys[i] = TpchKeys.OrderKey(_pageStart + i + 1);
                    }
                    return TpchVectors.Longs(keys.AsSpan(0, rows));
                }
            case 1:
                return TpchVectors.Longs(CustomerKeys(rows));
            case 2:
                return OrderStatus(type, rows);
            case 3:
                return TpchVectors.Money(TotalPrices(rows), type);
            case 4:
                return TpchVectors.Dates(OrderDates(rows).AsSpan(0, rows));
            case 5:
                {
                    int[] indexes = Ensure(ref _ints, rows);
                    long s = _prioritySeed;
                    for (int i = 0; i < rows; i++)
                    {
                        indexes[i] = TpchDistributions.OrderPriorities.Pick(ref s);
                    }
                    _prioritySeed = s;
                    return TpchVectors.Pick(type, TpchDistributions.OrderPriorities, indexes.AsSpan(0, rows));
                }
            case 6:
                {
                    _text.Reset(rows, 6 + 10);
                    int clerks = Scale.ClerkCount;
                    long s = _clerkSeed;
                    for (int i = 0; i < rows; i++)
                    {
                        int clerk = TpchRandom.Uniform(ref s, 1, clerks);
                        _text.Commit(TpchText.PrefixedNumber(s_clerkPrefix, clerk, 9, _text.Reserve()));
                    }
                    _clerkSeed = s;
                    return _text.Build(type);
                }
            case 7:
                return TpchVectors.Ints(new int[rows]);
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
        long[] numbers = Ensure(ref _longs, rows);
        for (int i = 0; i < rows; i++)
        {
            numbers[i] = _pageStart + i + 1;
        }
        return TpchVectors.Longs(numbers.AsSpan(0, rows));
    }

    private int[] OrderDates(int rows)
    {
        if (_orderDatePage != PageNumber)
        {
            int[] dates = Ensure(ref _orderDate, rows);
            long s = _orderDateSeed;
            for (int i = 0; i < rows; i++)
            {
                dates[i] = TpchRandom.Uniform(ref s, 0, TpchDates.MaxOrderDay);
            }
            _orderDateSeed = s;
            _orderDatePage = PageNumber;
        }
        return _orderDate;
    }

    private int[] LineCounts(int rows)
    {
        if (_lineCountPage != PageNumber)
        {
            int[] counts = Ensure(ref _lineCount, rows);
            long s = _lineCountSeed;
            for (int i = 0; i < rows; i++)
            {
                counts[i] = TpchRandom.Uniform(ref s, 1, MaxLines);
            }
            _lineCountSeed = s;
            _lineCountPage = PageNumber;
        }
        return _lineCount;
    }

    private ReadOnlySpan<long> CustomerKeys(int rows)
    {
        long[] keys = Ensure(ref _longs, rows);
        long customers = Scale.Customers;
        bool use64Bit = Scale.Use64BitKeys;
        long s = _customerSeed;
        for (int i = 0; i < rows; i++)
        {
            long key = TpchRandom.UniformKey(ref s, 1, customers, use64Bit);
            // A third of the customers (keys divisible by 3) never order.
            long delta = 1;
            while (key % 3 == 0)
            {
                key = Math.Min(key + delta, customers);
                delta = -delta;
            }
            keys[i] = key;
        }
        _customerSeed = s;
        return keys.AsSpan(0, rows);
    }

    private ReadOnlySpan<long> TotalPrices(int rows)
    {
        int[] lineCount = LineCounts(rows);
        long[] totals = Ensure(ref _longs, rows);
        long parts = Scale.Parts;
        bool use64Bit = Scale.Use64BitKeys;
        long quantitySeed = _quantitySeed;
        long discountSeed = _discountSeed;
        long taxSeed = _taxSeed;
        long partKeySeed = _partKeySeed;
        for (int i = 0; i < rows; i++)
        {
            int lines = lineCount[i];
            long total = 0;
            for (int line = 0; line < lines; line++)
            {
                int quantity = TpchRandom.Uniform(ref quantitySeed, 1, 50);
                int discount = TpchRandom.Uniform(ref discountSeed, 0, 10);
                int tax = TpchRandom.Uniform(ref taxSeed, 0, 8);
                long partKey = TpchRandom.UniformKey(ref partKeySeed, 1, parts, use64Bit);
                long price = TpchKeys.RetailPriceCents(partKey) * quantity;
                total += price * (100 - discount) / 100 * (100 + tax) / 100;
            }
            int pad = MaxLines - lines;
            quantitySeed = TpchRandom.Pad(quantitySeed, pad);
            discountSeed = TpchRandom.Pad(discountSeed, pad);
            taxSeed = TpchRandom.Pad(taxSeed, pad);
            partKeySeed = TpchRandom.PadKey(partKeySeed, pad, use64Bit);
            totals[i] = total;
        }
        _quantitySeed = quantitySeed;
        _discountSeed = discountSeed;
        _taxSeed = taxSeed;
        _partKeySeed = partKeySeed;
        return totals.AsSpan(0, rows);
    }

    private BytesVector OrderStatus(SqlType type, int rows)
    {
        int[] lineCount = LineCounts(rows);
        int[] orderDate = OrderDates(rows);
        byte[] chars = Ensure(ref _chars, rows);
        long s = _shipSeed;
        for (int i = 0; i < rows; i++)
        {
            int lines = lineCount[i];
            int shipped = 0;
            for (int line = 0; line < lines; line++)
            {
                if (orderDate[i] + TpchRandom.Uniform(ref s, 1, 121) <= TpchDates.CurrentDay)
                {
                    shipped++;
                }
            }
            s = TpchRandom.Pad(s, MaxLines - lines);
            chars[i] = shipped == lines ? (byte)'F' : shipped > 0 ? (byte)'P' : (byte)'O';
        }
        _shipSeed = s;
        return TpchVectors.Chars(type, chars.AsSpan(0, rows));
    }
}
