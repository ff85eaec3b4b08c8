using System.Text;
using System.Text.Json;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Conversion;

/// <summary>Casts between json and other types, following Trino's JSON casts.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>varchar to json makes a JSON string (<c>CAST('a' AS json)</c> is <c>"a"</c>); json_parse is a function.</item>
/// <item>json to varchar takes a scalar: strings unquoted, numbers as written (floats as <c>CAST(double AS varchar)</c>),
/// booleans; JSON null gives SQL NULL; arrays and objects fail.</item>
/// <item>json to boolean, integers, real, double, decimal accept numbers, booleans and numeric strings.</item>
/// <item>json to array, map and row reads JSON arrays and objects (rows from arrays by position or objects by
/// field name) and converts elements recursively.</item>
/// <item>values to json: see <see cref="JsonText"/>. Dates, times, timestamps and uuids become JSON strings.</item>
/// </list>
/// Not supported: json to date/time types (Trino has none either) and varbinary to json.
/// </remarks>
internal static class JsonCasts
{
    public static IScalarKernel FromVarchar(SqlType jsonType) => new VarcharToJsonKernel(jsonType);

    public static IScalarKernel ToVarchar(SqlType target) => new JsonToValueKernel(target);

    public static IScalarKernel? FromJson(SqlType target) => CanRead(target) ? new JsonToValueKernel(target) : null;

    public static IScalarKernel? ToJson(SqlType source) => JsonText.CanWrite(source) ? new ValueToJsonKernel() : null;

    private static bool CanRead(SqlType type) => type.Kind switch
    {
        TypeKind.Boolean or TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt or TypeKind.Real
            or TypeKind.Double or TypeKind.Decimal or TypeKind.Varchar or TypeKind.Json => true,
        TypeKind.Array => CanRead(((ArrayType)type).Element),
        TypeKind.Map => ((MapType)type).Key.Kind is TypeKind.Varchar or TypeKind.Boolean or TypeKind.TinyInt or TypeKind.SmallInt
            or TypeKind.Integer or TypeKind.BigInt or TypeKind.Real or TypeKind.Double or TypeKind.Decimal && CanRead(((MapType)type).Value),
        TypeKind.Row => ((RowType)type).Fields.All(f => CanRead(f.Type)),
        _ => false,
    };

    private sealed class VarcharToJsonKernel(SqlType target) : CastKernel(target, canFail: false)
    {
        protected override Vector CastFlat(Vector input, int rowCount, FunctionContext context)
        {
            var bytes = (BytesVector)input;
            var builder = new BytesVectorBuilder(Target, rowCount);
            var text = new StringBuilder();
            for (int i = 0; i < rowCount; i++)
            {
                if (bytes.IsNull(i))
                {
                    builder.AppendNull();
                    continue;
                }
                text.Clear();
                JsonText.WriteString(text, bytes.GetString(i));
                builder.Append(text.ToString());
            }
            return builder.Build();
        }
    }

    private sealed class ValueToJsonKernel() : CastKernel(SqlType.Json, canFail: false)
    {
        protected override Vector CastFlat(Vector input, int rowCount, FunctionContext context)
        {
            var builder = new BytesVectorBuilder(SqlType.Json, rowCount);
            var text = new StringBuilder();
            for (int i = 0; i < rowCount; i++)
            {
                if (input.IsNull(i))
                {
                    builder.AppendNull();
                    continue;
                }
                text.Clear();
                JsonText.WriteValue(text, input, i);
                builder.Append(text.ToString());
            }
            return builder.Build();
        }
    }

    /// <summary>Parses each json value and appends it, converted, to a builder of the target type.</summary>
    private sealed class JsonToValueKernel(SqlType target) : CastKernel(target, canFail: true)
    {
        protected override Vector CastFlat(Vector input, int rowCount, FunctionContext context)
        {
            var json = (BytesVector)input;
            VectorBuilder builder = VectorBuilder.Create(Target, rowCount);
            for (int i = 0; i < rowCount; i++)
            {
                if (json.IsNull(i))
                {
                    builder.AppendNull();
                    continue;
                }
                ReadOnlySpan<byte> text = json.GetBytes(i);
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(text.ToArray());
                }
                catch (JsonException)
                {
                    throw Failure(text, null);
                }
                using (document)
                {
                    try
                    {
                        Append(builder, Target, document.RootElement);
                    }
                    catch (JsonCastException exception)
                    {
                        throw Failure(text, exception.Message);
                    }
                }
            }
            return builder.Build();
        }

        private ManifoldException Failure(ReadOnlySpan<byte> text, string? detail)
        {
            string json = Encoding.UTF8.GetString(text);
            return Target.Kind is TypeKind.Array or TypeKind.Map or TypeKind.Row
                ? CastErrors.InvalidCast($"Cannot cast to {Target}. {detail ?? "Invalid JSON"}\n{json}")
                : CastErrors.InvalidCast($"Cannot cast '{json}' to {TargetWord(Target)}");
        }

        private static string TargetWord(SqlType type) => type is DecimalType decimalType
            ? $"DECIMAL({decimalType.Precision},{decimalType.Scale})"
            : type.Kind == TypeKind.Varchar ? "varchar" : type.Name;
    }

    private sealed class JsonCastException(string message) : Exception(message);

    private static void Append(VectorBuilder builder, SqlType type, JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            builder.AppendNull();
            return;
        }
        switch (type.Kind)
        {
            case TypeKind.Json:
                ((BytesVectorBuilder)builder).Append(Compact(element));
                return;
            case TypeKind.Varchar:
            {
                string? text = element.ValueKind switch
                {
                    JsonValueKind.String => element.GetString(),
                    JsonValueKind.Number => IsIntegral(element) ? element.GetRawText() : SqlValueFormatter.FormatDoubleCast(element.GetDouble()),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => null,
                };
                if (text is null)
                {
                    throw new JsonCastException($"Unexpected token when cast to varchar: {element.GetRawText()}");
                }
                if (type is VarcharType { Length: { } length })
                {
                    text = Encoding.UTF8.GetString(Utf8Text.TruncateToCodePoints(Encoding.UTF8.GetBytes(text), length));
                }
                ((BytesVectorBuilder)builder).Append(text);
                return;
            }
            case TypeKind.Boolean:
            {
                bool value = element.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number => element.GetDouble() != 0,
                    JsonValueKind.String when SqlValueParser.TryParseBoolean(Encoding.UTF8.GetBytes(element.GetString()!), out bool parsed) => parsed,
                    _ => throw Unexpected(element, type),
                };
                ((FlatVectorBuilder<bool>)builder).Append(value);
                return;
            }
            case TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt:
            {
                long value = ReadInteger(element, type);
                switch (builder)
                {
                    case FlatVectorBuilder<sbyte> tiny when value == (sbyte)value:
                        tiny.Append((sbyte)value);
                        return;
                    case FlatVectorBuilder<short> small when value == (short)value:
                        small.Append((short)value);
                        return;
                    case FlatVectorBuilder<int> integer when value == (int)value:
                        integer.Append((int)value);
                        return;
                    case FlatVectorBuilder<long> big:
                        big.Append(value);
                        return;
                }
                throw new JsonCastException($"Out of range for {type}: {value}");
            }
            case TypeKind.Double or TypeKind.Real:
            {
                double value = element.ValueKind switch
                {
                    JsonValueKind.Number => element.GetDouble(),
                    JsonValueKind.True => 1,
                    JsonValueKind.False => 0,
                    JsonValueKind.String when SqlValueParser.TryParseDouble(Encoding.UTF8.GetBytes(element.GetString()!), out double parsed) => parsed,
                    _ => throw Unexpected(element, type),
                };
                if (builder is FlatVectorBuilder<float> real)
                {
                    real.Append((float)value);
                }
                else
                {
                    ((FlatVectorBuilder<double>)builder).Append(value);
                }
                return;
            }
            case TypeKind.Decimal:
            {
                var decimalType = (DecimalType)type;
                ReadOnlySpan<byte> text = element.ValueKind switch
                {
                    JsonValueKind.Number => Encoding.UTF8.GetBytes(element.GetRawText()),
                    JsonValueKind.String => Encoding.UTF8.GetBytes(element.GetString()!),
                    JsonValueKind.True => "1"u8,
                    JsonValueKind.False => "0"u8,
                    _ => throw Unexpected(element, type),
                };
                if (!SqlValueParser.TryParseDecimal(text, decimalType.Precision, decimalType.Scale, out Int128 unscaled, out _))
                {
                    throw new JsonCastException($"Cannot cast input json to {type}");
                }
                if (builder is FlatVectorBuilder<long> shortBuilder)
                {
                    shortBuilder.Append((long)unscaled);
                }
                else
                {
                    ((FlatVectorBuilder<Int128>)builder).Append(unscaled);
                }
                return;
            }
            case TypeKind.Array:
            {
                if (element.ValueKind != JsonValueKind.Array)
                {
                    throw new JsonCastException($"Expected a json array, but got {element.ValueKind.ToString().ToLowerInvariant()}");
                }
                var arrayBuilder = (ArrayVectorBuilder)builder;
                SqlType elementType = ((ArrayType)type).Element;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Append(arrayBuilder.Elements, elementType, item);
                }
                arrayBuilder.CloseEntry();
                return;
            }
            case TypeKind.Map:
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    throw new JsonCastException($"Expected a json object, but got {element.ValueKind.ToString().ToLowerInvariant()}");
                }
                var mapBuilder = (MapVectorBuilder)builder;
                var mapType = (MapType)type;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (!seen.Add(property.Name))
                    {
                        throw new JsonCastException($"Duplicate map keys are not allowed");
                    }
                    using JsonDocument key = JsonDocument.Parse(JsonSerializer.Serialize(property.Name));
                    Append(mapBuilder.Keys, mapType.Key, key.RootElement);
                    Append(mapBuilder.Values, mapType.Value, property.Value);
                }
                mapBuilder.CloseEntry();
                return;
            }
            case TypeKind.Row:
            {
                var rowBuilder = (RowVectorBuilder)builder;
                var rowType = (RowType)type;
                if (element.ValueKind == JsonValueKind.Array)
                {
                    int count = element.GetArrayLength();
                    if (count != rowType.Fields.Count)
                    {
                        throw new JsonCastException($"Expected a json array of {rowType.Fields.Count} elements, but got {count}");
                    }
                    int i = 0;
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        Append(rowBuilder.Fields[i], rowType.Fields[i].Type, item);
                        i++;
                    }
                }
                else if (element.ValueKind == JsonValueKind.Object)
                {
                    var values = new JsonElement?[rowType.Fields.Count];
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        int index = rowType.IndexOf(property.Name);
                        if (index >= 0)
                        {
                            values[index] = property.Value;
                        }
                    }
                    for (int i = 0; i < values.Length; i++)
                    {
                        if (values[i] is { } value)
                        {
                            Append(rowBuilder.Fields[i], rowType.Fields[i].Type, value);
                        }
                        else
                        {
                            rowBuilder.Fields[i].AppendNull();
                        }
                    }
                }
                else
                {
                    throw new JsonCastException($"Expected a json array or object, but got {element.ValueKind.ToString().ToLowerInvariant()}");
                }
                rowBuilder.CloseEntry();
                return;
            }
        }
        throw new JsonCastException($"Cannot cast json to {type}");
    }

    private static long ReadInteger(JsonElement element, SqlType type)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                if (element.TryGetInt64(out long exact))
                {
                    return exact;
                }
                double number = element.GetDouble();
                double rounded = Math.Round(number, MidpointRounding.AwayFromZero);
                if (!IsIntegral(element) && rounded >= -9.223372036854775808E18 && rounded < 9.223372036854775808E18)
                {
                    return (long)rounded;
                }
                throw new JsonCastException($"Out of range for {type}: {element.GetRawText()}");
            case JsonValueKind.True:
                return 1;
            case JsonValueKind.False:
                return 0;
            case JsonValueKind.String when SqlValueParser.TryParseInt64(Encoding.UTF8.GetBytes(element.GetString()!), out long parsed):
                return parsed;
        }
        throw Unexpected(element, type);
    }

    private static bool IsIntegral(JsonElement number)
    {
        string raw = number.GetRawText();
        return raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0;
    }

    private static JsonCastException Unexpected(JsonElement element, SqlType type)
        => new($"Unexpected token when cast to {type}: {element.GetRawText()}");

    /// <summary>The element re-serialized without blanks, as Trino stores json.</summary>
    private static string Compact(JsonElement element)
    {
        var builder = new StringBuilder();
        WriteCompact(builder, element);
        return builder.ToString();
    }

    private static void WriteCompact(StringBuilder builder, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
            {
                builder.Append('{');
                bool first = true;
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }
                    first = false;
                    JsonText.WriteString(builder, property.Name);
                    builder.Append(':');
                    WriteCompact(builder, property.Value);
                }
                builder.Append('}');
                return;
            }
            case JsonValueKind.Array:
            {
                builder.Append('[');
                bool first = true;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }
                    first = false;
                    WriteCompact(builder, item);
                }
                builder.Append(']');
                return;
            }
            case JsonValueKind.String:
                JsonText.WriteString(builder, element.GetString()!);
                return;
            default:
                builder.Append(element.GetRawText());
                return;
        }
    }
}
