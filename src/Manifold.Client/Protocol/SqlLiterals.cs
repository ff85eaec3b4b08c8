using System.Collections;
using System.Globalization;
using System.Net;
using System.Text;

namespace Manifold.Client.Protocol;

/// <summary>Renders parameter values as typed SQL literals for <c>EXECUTE … USING</c> (§9). The value is always data:
/// strings are quoted with their quotes doubled, and every other type is rendered from its value, never from user text.</summary>
internal static class SqlLiterals
{
    public static string Render(object? value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    public static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                text.Append("NULL");
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case string s:
                AppendString(text, s);
                break;
            case char c:
                AppendString(text, c.ToString());
                break;
            case sbyte or byte:
                text.Append("TINYINT '").Append(Convert.ToInt16(value, CultureInfo.InvariantCulture)).Append('\'');
                break;
            case short or ushort:
                text.Append("SMALLINT '").Append(Convert.ToInt32(value, CultureInfo.InvariantCulture)).Append('\'');
                break;
            case int i:
                text.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case uint or long:
                text.Append("BIGINT '").Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)).Append('\'');
                break;
            case ulong u:
                text.Append(u <= long.MaxValue ? "BIGINT '" : "DECIMAL '").Append(u.ToString(CultureInfo.InvariantCulture)).Append('\'');
                break;
            case decimal d:
                text.Append("DECIMAL '").Append(d.ToString(CultureInfo.InvariantCulture)).Append('\'');
                break;
            case double d:
                AppendDouble(text, d, "DOUBLE");
                break;
            case float f:
                AppendDouble(text, f, "REAL");
                break;
            case DateOnly date:
                text.Append("DATE '").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\'');
                break;
            case TimeOnly time:
                text.Append("TIME '").Append(time.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
                AppendFraction(text, time.Ticks % TimeSpan.TicksPerSecond);
                text.Append('\'');
                break;
            case DateTime dateTime:
                text.Append("TIMESTAMP '").Append(dateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                AppendFraction(text, dateTime.Ticks % TimeSpan.TicksPerSecond);
                text.Append(dateTime.Kind == DateTimeKind.Utc ? " UTC'" : "'");
                break;
            case DateTimeOffset offset:
                text.Append("TIMESTAMP '").Append(offset.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                AppendFraction(text, offset.Ticks % TimeSpan.TicksPerSecond);
                text.Append(' ').Append(offset.ToString("zzz", CultureInfo.InvariantCulture)).Append('\'');
                break;
            case TimeSpan span:
                {
                    TimeSpan magnitude = span.Duration();
                    text.Append("INTERVAL '").Append(span < TimeSpan.Zero ? "-" : "")
                        .Append(magnitude.Days.ToString(CultureInfo.InvariantCulture)).Append(' ')
                        .Append(magnitude.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture)).Append("' DAY TO SECOND");
                    break;
                }
            case byte[] bytes:
                text.Append("X'").Append(Convert.ToHexString(bytes)).Append('\'');
                break;
            case Guid guid:
                text.Append("UUID '").Append(guid.ToString("D")).Append('\'');
                break;
            case IPAddress address:
                text.Append("IPADDRESS '").Append(address.ToString()).Append('\'');
                break;
            case Enum e:
                Append(text, Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), CultureInfo.InvariantCulture));
                break;
            case IDictionary map:
                {
                    var keys = new StringBuilder();
                    var values = new StringBuilder();
                    foreach (DictionaryEntry entry in map)
                    {
                        keys.Append(keys.Length == 0 ? "" : ", ");
                        Append(keys, entry.Key);
                        values.Append(values.Length == 0 ? "" : ", ");
                        Append(values, entry.Value);
                    }
                    text.Append("MAP(ARRAY[").Append(keys).Append("], ARRAY[").Append(values).Append("])");
                    break;
                }
            case IEnumerable items:
                {
                    text.Append("ARRAY[");
                    bool first = true;
                    foreach (object? item in items)
                    {
                        text.Append(first ? "" : ", ");
                        Append(text, item);
                        first = false;
                    }
                    text.Append(']');
                    break;
                }
            default:
                throw new NotSupportedException($"A parameter of type {value.GetType().FullName} cannot be sent; use a string, number, bool, "
                    + "date/time type, byte[], Guid, IPAddress, array or dictionary");
        }
    }

    private static void AppendString(StringBuilder text, string value)
    {
        text.Append('\'');
        foreach (char c in value)
        {
            text.Append(c);
            if (c == '\'')
            {
                text.Append('\'');
            }
        }
        text.Append('\'');
    }

    private static void AppendDouble(StringBuilder text, double value, string typeName)
    {
        if (double.IsNaN(value))
        {
            text.Append(typeName == "REAL" ? "CAST(nan() AS real)" : "nan()");
        }
        else if (double.IsInfinity(value))
        {
            string function = value > 0 ? "infinity()" : "-infinity()";
            text.Append(typeName == "REAL" ? $"CAST({function} AS real)" : function);
        }
        else
        {
            string digits = typeName == "REAL" ? ((float)value).ToString("R", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
            text.Append(typeName).Append(" '").Append(digits).Append('\'');
        }
    }

    /// <summary>At least millisecond digits (Trino's default precision), more only when the value needs them.</summary>
    private static void AppendFraction(StringBuilder text, long ticks)
    {
        string digits = ticks.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
        text.Append('.').Append(digits.Length < 3 ? digits.PadRight(3, '0') : digits);
    }
}
