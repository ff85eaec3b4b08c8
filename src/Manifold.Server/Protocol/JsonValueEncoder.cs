using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Server.Protocol;

/// <summary>Encodes pages as protocol rows (client-protocol.md §7.2): decimals as strings, doubles as numbers except
/// <c>"NaN"</c>/<c>"Infinity"</c>/<c>"-Infinity"</c>, varbinary as Base64, maps as objects with string keys, rows as
/// arrays. Reads every vector encoding (flat, constant, dictionary) without flattening.</summary>
internal sealed class JsonValueEncoder
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private const long PicosPerMilli = 1_000_000_000;
    private const long PicosPerDay = 86_400L * 1_000_000_000_000;

    private readonly bool _parametricDatetime;

    // Reused from page to page (one query's producer encodes one page at a time), so a page costs one copy of its bytes
    // instead of the growth of a fresh buffer.
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter? _writer;

    public JsonValueEncoder(bool parametricDatetime) => _parametricDatetime = parametricDatetime;

    /// <summary>Encodes every row of <paramref name="page"/>. Not thread-safe: one page at a time.</summary>
    public EncodedRows Encode(Page page)
    {
        ArrayBufferWriter<byte> buffer = _buffer;
        buffer.ResetWrittenCount();
        Utf8JsonWriter writer = _writer ??= new Utf8JsonWriter(buffer, s_options);
        writer.Reset(buffer);
        int[] rowEnds = new int[page.RowCount];
        writer.WriteStartArray();
        for (int row = 0; row < page.RowCount; row++)
        {
            writer.WriteStartArray();
            for (int column = 0; column < page.ColumnCount; column++)
            {
                WriteValue(writer, page[column], row);
            }
            writer.WriteEndArray();
            rowEnds[row] = checked((int)(writer.BytesCommitted + writer.BytesPending));
        }
        writer.WriteEndArray();
        writer.Flush();
        return Chunk(buffer.WrittenSpan, rowEnds);
    }

    /// <summary>Encodes rows given as boxed values in physical form (the one-row results of DDL and DML).</summary>
    public static EncodedRows EncodeSingle(object?[] row)
    {
        var buffer = new ArrayBufferWriter<byte>();
        int rowEnd;
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            writer.WriteStartArray();
            writer.WriteStartArray();
            foreach (object? value in row)
            {
                switch (value)
                {
                    case null: writer.WriteNullValue(); break;
                    case bool b: writer.WriteBooleanValue(b); break;
                    case long l: writer.WriteNumberValue(l); break;
                    default: writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                }
            }
            writer.WriteEndArray();
            rowEnd = checked((int)(writer.BytesCommitted + writer.BytesPending));
            writer.WriteEndArray();
        }
        return Chunk(buffer.WrittenSpan, [rowEnd]);
    }

    /// <summary>Copies the rows of an encoded page (<c>[r0,r1,…]</c>) into chunks of at most
    /// <see cref="EncodedRows.ChunkBytes"/>, cut between rows.</summary>
    private static EncodedRows Chunk(ReadOnlySpan<byte> page, int[] rowEnds)
    {
        var chunks = new List<byte[]>();
        var firstRows = new List<int>();
        int row = 0;
        while (row < rowEnds.Length)
        {
            int first = row;
            int start = first == 0 ? 1 : rowEnds[first - 1];
            row++;
            while (row < rowEnds.Length && rowEnds[row] - start <= EncodedRows.ChunkBytes)
            {
                row++;
            }
            byte[] chunk = GC.AllocateUninitializedArray<byte>(rowEnds[row - 1] - start);
            page[start..rowEnds[row - 1]].CopyTo(chunk);
            chunks.Add(chunk);
            firstRows.Add(first);
        }
        return new EncodedRows(chunks.ToArray(), firstRows.ToArray(), rowEnds);
    }

    private void WriteValue(Utf8JsonWriter writer, Vector vector, int position)
    {
        Vector v = VectorBuilder.Resolve(vector, ref position);
        if (v.IsNull(position))
        {
            writer.WriteNullValue();
            return;
        }
        SqlType type = v.Type;
        switch (type.Kind)
        {
            case TypeKind.Unknown:
                writer.WriteNullValue();
                break;
            case TypeKind.Boolean:
                writer.WriteBooleanValue(((FlatVector<bool>)v).Get(position));
                break;
            case TypeKind.TinyInt:
                writer.WriteNumberValue(((FlatVector<sbyte>)v).Get(position));
                break;
            case TypeKind.SmallInt:
                writer.WriteNumberValue(((FlatVector<short>)v).Get(position));
                break;
            case TypeKind.Integer:
                writer.WriteNumberValue(((FlatVector<int>)v).Get(position));
                break;
            case TypeKind.BigInt:
                writer.WriteNumberValue(((FlatVector<long>)v).Get(position));
                break;
            case TypeKind.Real:
                WriteFloating(writer, ((FlatVector<float>)v).Get(position));
                break;
            case TypeKind.Double:
                WriteFloating(writer, ((FlatVector<double>)v).Get(position));
                break;
            case TypeKind.Decimal:
                var decimalType = (DecimalType)type;
                {
                    Span<byte> text = stackalloc byte[48];
                    int length = decimalType.IsShort
                        ? SqlValueFormatter.WriteDecimal(((FlatVector<long>)v).Get(position), decimalType.Scale, text)
                        : SqlValueFormatter.WriteDecimal(((FlatVector<Int128>)v).Get(position), decimalType.Scale, text);
                    writer.WriteStringValue(text[..length]);
                    break;
                }
            case TypeKind.Varchar:
            case TypeKind.Json:
                WriteUtf8(writer, ((BytesVector)v).GetBytes(position));
                break;
            case TypeKind.Char:
                {
                    string text = ((BytesVector)v).GetString(position);
                    int length = ((CharType)type).Length;
                    int codePoints = CountCodePoints(text);
                    writer.WriteStringValue(codePoints >= length ? text : text + new string(' ', length - codePoints));
                    break;
                }
            case TypeKind.Varbinary:
                writer.WriteBase64StringValue(((BytesVector)v).GetBytes(position));
                break;
            case TypeKind.Date:
                {
                    Span<byte> text = stackalloc byte[24];
                    writer.WriteStringValue(text[..SqlValueFormatter.WriteDate(((FlatVector<int>)v).Get(position), text)]);
                    break;
                }
            case TypeKind.Time:
                {
                    long picos = ((FlatVector<long>)v).Get(position);
                    int precision = ((TimeType)type).Precision;
                    if (!_parametricDatetime && precision != 3)
                    {
                        picos = (picos + PicosPerMilli / 2) / PicosPerMilli * PicosPerMilli % PicosPerDay;
                        precision = 3;
                    }
                    writer.WriteStringValue(SqlValueFormatter.FormatTime(picos, precision));
                    break;
                }
            case TypeKind.Timestamp:
                {
                    long micros = ((FlatVector<long>)v).Get(position);
                    int precision = ((TimestampType)type).Precision;
                    if (!_parametricDatetime && precision != 3)
                    {
                        micros = RoundToMillis(micros);
                        precision = 3;
                    }
                    writer.WriteStringValue(SqlValueFormatter.FormatTimestamp(micros, precision));
                    break;
                }
            case TypeKind.TimestampWithTimeZone:
                {
                    TimestampWithZone value = ((FlatVector<TimestampWithZone>)v).Get(position);
                    int precision = ((TimestampWithTimeZoneType)type).Precision;
                    if (!_parametricDatetime && precision != 3)
                    {
                        value = value with { EpochMicros = RoundToMillis(value.EpochMicros) };
                        precision = 3;
                    }
                    writer.WriteStringValue(SqlValueFormatter.FormatTimestampWithTimeZone(value, precision));
                    break;
                }
            case TypeKind.IntervalYearToMonth:
                writer.WriteStringValue(SqlValueFormatter.FormatIntervalYearToMonth(((FlatVector<long>)v).Get(position)));
                break;
            case TypeKind.IntervalDayToSecond:
                writer.WriteStringValue(SqlValueFormatter.FormatIntervalDayToSecond(((FlatVector<long>)v).Get(position)));
                break;
            case TypeKind.Uuid:
                writer.WriteStringValue(SqlValueFormatter.FormatUuid(((FlatVector<Int128>)v).Get(position)));
                break;
            case TypeKind.Array:
                {
                    var array = (ArrayVector)v;
                    writer.WriteStartArray();
                    for (int i = array.Offsets[position]; i < array.Offsets[position + 1]; i++)
                    {
                        WriteValue(writer, array.Elements, i);
                    }
                    writer.WriteEndArray();
                    break;
                }
            case TypeKind.Map:
                {
                    var map = (MapVector)v;
                    writer.WriteStartObject();
                    for (int i = map.Offsets[position]; i < map.Offsets[position + 1]; i++)
                    {
                        writer.WritePropertyName(MapKey(map.Keys, i));
                        WriteValue(writer, map.Values, i);
                    }
                    writer.WriteEndObject();
                    break;
                }
            case TypeKind.Row:
                {
                    var row = (RowVector)v;
                    writer.WriteStartArray();
                    foreach (Vector field in row.Fields)
                    {
                        WriteValue(writer, field, position);
                    }
                    writer.WriteEndArray();
                    break;
                }
        }
    }

    /// <summary>A map key as text: strings as they are, other types as their display text.</summary>
    private static string MapKey(Vector keys, int position)
    {
        Vector v = VectorBuilder.Resolve(keys, ref position);
        if (v.IsNull(position))
        {
            return "null";
        }
        return v.Type.Kind is TypeKind.Varchar or TypeKind.Char ? ((BytesVector)v).GetString(position) : SqlValueFormatter.Format(v, position);
    }

    private static void WriteFloating(Utf8JsonWriter writer, double value)
    {
        if (double.IsNaN(value))
        {
            writer.WriteStringValue("NaN");
        }
        else if (double.IsInfinity(value))
        {
            writer.WriteStringValue(value > 0 ? "Infinity" : "-Infinity");
        }
        else
        {
            Span<byte> text = stackalloc byte[32];
            writer.WriteRawValue(text[..SqlValueFormatter.WriteDouble(value, text)], skipInputValidation: true);
        }
    }

    private static void WriteFloating(Utf8JsonWriter writer, float value)
    {
        if (float.IsNaN(value) || float.IsInfinity(value))
        {
            WriteFloating(writer, (double)value);
        }
        else
        {
            Span<byte> text = stackalloc byte[32];
            writer.WriteRawValue(text[..SqlValueFormatter.WriteReal(value, text)], skipInputValidation: true);
        }
    }

    private static void WriteUtf8(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            writer.WriteStringValue(utf8);
        }
        else
        {
            writer.WriteStringValue(Encoding.UTF8.GetString(utf8));
        }
    }

    private static long RoundToMillis(long micros)
    {
        long millis = Math.DivRem(micros + 500, 1000, out long remainder);
        if (remainder < 0)
        {
            millis--;
        }
        return millis * 1000;
    }

    private static int CountCodePoints(string text)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsLowSurrogate(text[i]))
            {
                count++;
            }
        }
        return count;
    }
}
