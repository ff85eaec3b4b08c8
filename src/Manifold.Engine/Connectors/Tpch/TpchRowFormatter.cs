using System.Buffers;
using System.Buffers.Text;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Prints pages of a TPC-H table (all columns in table order, <see cref="TpchDoubleTypeMapping.Decimal"/> mapping)
/// exactly as dbgen does (GENERATOR-NOTES §8), or as CSV.</summary>
internal sealed class TpchRowFormatter
{
    private readonly TpchColumn[] _columns;
    private readonly TpchFileFormat _format;
    private readonly int _maxRowBytes;
    private readonly long[]?[] _longs;
    private readonly int[]?[] _ints;
    private readonly BytesVector?[] _texts;

    /// <summary>"YYYY-MM-DD" of every day of dbgen's calendar, by day number.</summary>
    private static readonly byte[] s_dates = CreateDates();

    public TpchRowFormatter(TpchTable table, TpchFileFormat format)
    {
        _columns = TpchSchema.Columns(table);
        _format = format;
        _longs = new long[]?[_columns.Length];
        _ints = new int[]?[_columns.Length];
        _texts = new BytesVector?[_columns.Length];
        int bytes = 1;
        foreach (TpchColumn column in _columns)
        {
            bytes += 1 + (column.Kind == TpchColumnKind.Varchar ? 2 * column.VarcharLength + 2 : 24);
        }
        _maxRowBytes = bytes;
    }

    /// <summary>The CSV header line (TPC column names).</summary>
    public void AppendHeader(IBufferWriter<byte> output)
    {
        for (int c = 0; c < _columns.Length; c++)
        {
            string name = _columns[c].StandardName;
            Span<byte> span = output.GetSpan(name.Length + 2);
            int length = 0;
            if (c > 0)
            {
                span[length++] = (byte)',';
            }
            for (int i = 0; i < name.Length; i++)
            {
                span[length++] = (byte)name[i];
            }
            output.Advance(length);
        }
        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
    }

    /// <summary>Prints every row of <paramref name="page"/>.</summary>
    public void Append(Page page, IBufferWriter<byte> output)
    {
        for (int c = 0; c < _columns.Length; c++)
        {
            Vector vector = page[c];
            _longs[c] = (vector as FlatVector<long>)?.Values;
            _ints[c] = (vector as FlatVector<int>)?.Values;
            _texts[c] = vector as BytesVector;
        }
        bool csv = _format == TpchFileFormat.Csv;
        for (int row = 0; row < page.RowCount; row++)
        {
            Span<byte> span = output.GetSpan(_maxRowBytes);
            int length = 0;
            for (int c = 0; c < _columns.Length; c++)
            {
                if (csv && c > 0)
                {
                    span[length++] = (byte)',';
                }
                switch (_columns[c].Kind)
                {
                    case TpchColumnKind.Identifier:
                        length += WriteLong(span[length..], _longs[c]![row]);
                        break;
                    case TpchColumnKind.Integer:
                        length += WriteLong(span[length..], _ints[c]![row]);
                        break;
                    case TpchColumnKind.Date:
                        length += WriteDate(span[length..], _ints[c]![row]);
                        break;
                    case TpchColumnKind.Money:
                        length += WriteMoney(span[length..], _longs[c]![row]);
                        break;
                    case TpchColumnKind.Quantity:
                        length += WriteLong(span[length..], _longs[c]![row] / 100);
                        break;
                    case TpchColumnKind.Varchar:
                        ReadOnlySpan<byte> text = _texts[c]!.GetBytes(row);
                        length += csv ? WriteCsvText(span[length..], text) : Copy(span[length..], text);
                        break;
                }
                if (!csv)
                {
                    span[length++] = (byte)'|';
                }
            }
            span[length++] = (byte)'\n';
            output.Advance(length);
        }
    }

    /// <summary>Cents as dbgen prints them: <c>-</c> when negative, whole units, <c>.</c>, two digits.</summary>
    public static int WriteMoney(Span<byte> destination, long cents)
    {
        int length = 0;
        if (cents < 0)
        {
            destination[length++] = (byte)'-';
            cents = -cents;
        }
        length += WriteLong(destination[length..], cents / 100);
        destination[length++] = (byte)'.';
        long fraction = cents % 100;
        destination[length++] = (byte)('0' + fraction / 10);
        destination[length++] = (byte)('0' + fraction % 10);
        return length;
    }

    /// <summary>A date (days since 1970-01-01) as <c>YYYY-MM-DD</c>.</summary>
    public static int WriteDate(Span<byte> destination, int epochDay)
    {
        int day = epochDay - TpchDates.EpochDayOfStart;
        if ((uint)day < TpchDates.TotalDays)
        {
            s_dates.AsSpan(day * 10, 10).CopyTo(destination);
            return 10;
        }
        DateOnly date = DateOnly.FromDayNumber(DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + epochDay);
        date.TryFormat(destination, out int written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return written;
    }

    private static int WriteLong(Span<byte> destination, long value)
    {
        Utf8Formatter.TryFormat(value, destination, out int written);
        return written;
    }

    private static int Copy(Span<byte> destination, ReadOnlySpan<byte> text)
    {
        text.CopyTo(destination);
        return text.Length;
    }

    private static int WriteCsvText(Span<byte> destination, ReadOnlySpan<byte> text)
    {
        if (text.IndexOfAny((byte)',', (byte)'"', (byte)'\n') < 0 && text.IndexOf((byte)'\r') < 0)
        {
            return Copy(destination, text);
        }
        int length = 0;
        destination[length++] = (byte)'"';
        foreach (byte b in text)
        {
            if (b == (byte)'"')
            {
                destination[length++] = (byte)'"';
            }
            destination[length++] = b;
        }
        destination[length++] = (byte)'"';
        return length;
    }

    private static byte[] CreateDates()
    {
        var dates = new byte[TpchDates.TotalDays * 10];
        var start = new DateOnly(1992, 1, 1);
        for (int day = 0; day < TpchDates.TotalDays; day++)
        {
            start.AddDays(day).TryFormat(dates.AsSpan(day * 10, 10), out _, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        return dates;
    }
}
