using System.Globalization;
using System.Text;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Conversion;

/// <summary>Writes SQL values as JSON text the way Trino (Jackson) does: compact, strings escaped with the short forms
/// for quote, backslash, \b \t \n \f \r and \uXXXX for other control characters; doubles as Java prints them (NaN and
/// infinities as strings); map keys sorted; rows as objects keyed by field name (empty for anonymous fields).</summary>
internal static class JsonText
{
    public static void WriteString(StringBuilder builder, ReadOnlySpan<char> text)
    {
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case < ' ':
                    builder.Append("\\u00").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
    }

    /// <summary>True when values of the type can be written as JSON (Trino's <c>canCastToJson</c>).</summary>
    public static bool CanWrite(SqlType type) => type.Kind switch
    {
        TypeKind.Unknown or TypeKind.Boolean or TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt
            or TypeKind.Real or TypeKind.Double or TypeKind.Decimal or TypeKind.Varchar or TypeKind.Char or TypeKind.Json
            or TypeKind.Date or TypeKind.Time or TypeKind.Timestamp or TypeKind.TimestampWithTimeZone or TypeKind.Uuid => true,
        TypeKind.Array => CanWrite(((ArrayType)type).Element),
        TypeKind.Map => IsKeyType(((MapType)type).Key) && CanWrite(((MapType)type).Value),
        TypeKind.Row => ((RowType)type).Fields.All(f => CanWrite(f.Type)),
        _ => false,
    };

    private static bool IsKeyType(SqlType type) => type.Kind is TypeKind.Boolean or TypeKind.TinyInt or TypeKind.SmallInt
        or TypeKind.Integer or TypeKind.BigInt or TypeKind.Real or TypeKind.Double or TypeKind.Decimal or TypeKind.Varchar or TypeKind.Char;

    /// <summary>Writes the value at a position (of any encoding) as JSON.</summary>
    public static void WriteValue(StringBuilder builder, Vector vector, int position)
    {
        Vector resolved = VectorBuilder.Resolve(vector, ref position);
        if (resolved.IsNull(position))
        {
            builder.Append("null");
            return;
        }
        SqlType type = resolved.Type;
        switch (type.Kind)
        {
            case TypeKind.Unknown:
                builder.Append("null");
                return;
            case TypeKind.Boolean:
                builder.Append(((FlatVector<bool>)resolved).Values[position] ? "true" : "false");
                return;
            case TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt:
                builder.Append(SqlValueFormatter.Format(resolved, position));
                return;
            case TypeKind.Real:
            {
                float value = ((FlatVector<float>)resolved).Values[position];
                WriteFloating(builder, float.IsFinite(value), SqlValueFormatter.FormatReal(value));
                return;
            }
            case TypeKind.Double:
            {
                double value = ((FlatVector<double>)resolved).Values[position];
                WriteFloating(builder, double.IsFinite(value), SqlValueFormatter.FormatDouble(value));
                return;
            }
            case TypeKind.Decimal:
            {
                var decimalType = (DecimalType)type;
                Int128 unscaled = decimalType.IsShort ? ((FlatVector<long>)resolved).Values[position] : ((FlatVector<Int128>)resolved).Values[position];
                builder.Append(BigDecimalText(unscaled, decimalType.Scale));
                return;
            }
            case TypeKind.Json:
                builder.Append(((BytesVector)resolved).GetString(position));
                return;
            case TypeKind.Varchar or TypeKind.Char or TypeKind.Date or TypeKind.Time or TypeKind.Timestamp
                or TypeKind.TimestampWithTimeZone or TypeKind.Uuid:
                WriteString(builder, SqlValueFormatter.FormatCast(resolved, position));
                return;
            case TypeKind.Array:
            {
                var array = (ArrayVector)resolved;
                builder.Append('[');
                for (int i = array.Offsets[position]; i < array.Offsets[position + 1]; i++)
                {
                    if (i > array.Offsets[position])
                    {
                        builder.Append(',');
                    }
                    WriteValue(builder, array.Elements, i);
                }
                builder.Append(']');
                return;
            }
            case TypeKind.Map:
            {
                var map = (MapVector)resolved;
                int start = map.Offsets[position];
                int end = map.Offsets[position + 1];
                var keys = new (string Key, int Position)[end - start];
                for (int i = start; i < end; i++)
                {
                    keys[i - start] = (KeyText(map.Keys, i), i);
                }
                Array.Sort(keys, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
                builder.Append('{');
                for (int i = 0; i < keys.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }
                    WriteString(builder, keys[i].Key);
                    builder.Append(':');
                    WriteValue(builder, map.Values, keys[i].Position);
                }
                builder.Append('}');
                return;
            }
            case TypeKind.Row:
            {
                var row = (RowVector)resolved;
                builder.Append('{');
                for (int i = 0; i < row.Fields.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }
                    WriteString(builder, row.RowType.Fields[i].Name ?? "");
                    builder.Append(':');
                    WriteValue(builder, row.Fields[i], position);
                }
                builder.Append('}');
                return;
            }
        }
        throw CastErrors.InvalidCast($"Cannot cast {type} to JSON");
    }

    private static void WriteFloating(StringBuilder builder, bool finite, string text)
    {
        if (finite)
        {
            builder.Append(text);
        }
        else
        {
            WriteString(builder, text);
        }
    }

    private static string KeyText(Vector keys, int position)
    {
        Vector resolved = VectorBuilder.Resolve(keys, ref position);
        return resolved.Type.Kind switch
        {
            TypeKind.Double or TypeKind.Real => SqlValueFormatter.Format(resolved, position),
            TypeKind.Decimal => BigDecimalText(
                ((DecimalType)resolved.Type).IsShort ? ((FlatVector<long>)resolved).Values[position] : ((FlatVector<Int128>)resolved).Values[position],
                ((DecimalType)resolved.Type).Scale),
            _ => SqlValueFormatter.FormatCast(resolved, position) ?? "",
        };
    }

    /// <summary>Java's <c>BigDecimal.toString</c>: plain unless the adjusted exponent is below −6.</summary>
    public static string BigDecimalText(Int128 unscaled, int scale)
    {
        string digits = Int128.Abs(unscaled).ToString(CultureInfo.InvariantCulture);
        int adjusted = digits.Length - 1 - scale;
        if (adjusted >= -6)
        {
            return SqlValueFormatter.FormatDecimal(unscaled, scale);
        }
        var builder = new StringBuilder();
        if (unscaled < 0)
        {
            builder.Append('-');
        }
        builder.Append(digits[0]);
        if (digits.Length > 1)
        {
            builder.Append('.').Append(digits, 1, digits.Length - 1);
        }
        return builder.Append('E').Append(adjusted.ToString(CultureInfo.InvariantCulture)).ToString();
    }
}
