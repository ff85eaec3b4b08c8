using System.Net;
using System.Text.Json;

namespace Manifold.Client.Protocol;

/// <summary>A column type as the server describes it in <c>typeSignature</c>, with the CLR type values map to.</summary>
/// <remarks>Accepts Trino's argument kinds (<c>LONG</c>, <c>TYPE</c>, <c>NAMED_TYPE</c>) and the old ones
/// (<c>LONG_LITERAL</c>, <c>TYPE_SIGNATURE</c>, <c>NAMED_TYPE_SIGNATURE</c>).</remarks>
internal sealed class ClientType
{
    private ClientType(string rawType, TypeKind kind, IReadOnlyList<long> numbers, IReadOnlyList<ClientType> types, IReadOnlyList<string?> fieldNames)
    {
        RawType = rawType;
        Kind = kind;
        Numbers = numbers;
        TypeArguments = types;
        FieldNames = fieldNames;
        ClrType = ComputeClrType();
    }

    public string RawType { get; }
    public TypeKind Kind { get; }
    public IReadOnlyList<long> Numbers { get; }
    public IReadOnlyList<ClientType> TypeArguments { get; }
    public IReadOnlyList<string?> FieldNames { get; }
    public Type ClrType { get; }

    /// <summary>Precision of decimal, time and timestamp types (3 for time/timestamp without arguments, as Trino's clients do).</summary>
    public int? Precision => Kind switch
    {
        TypeKind.Decimal => Numbers.Count > 0 ? (int)Numbers[0] : 38,
        TypeKind.Time or TypeKind.TimeWithTimeZone or TypeKind.Timestamp or TypeKind.TimestampWithTimeZone => Numbers.Count > 0 ? (int)Numbers[0] : 3,
        TypeKind.TinyInt => 3,
        TypeKind.SmallInt => 5,
        TypeKind.Integer => 10,
        TypeKind.BigInt => 19,
        TypeKind.Real => 24,
        TypeKind.Double => 53,
        _ => null,
    };

    public int? Scale => Kind == TypeKind.Decimal ? (Numbers.Count > 1 ? (int)Numbers[1] : 0) : null;

    /// <summary>The length of varchar(n)/char(n); null for unbounded.</summary>
    public int? Length => Kind is TypeKind.Varchar or TypeKind.Char && Numbers.Count > 0 && Numbers[0] < int.MaxValue ? (int)Numbers[0] : null;

    public ClientType Element => TypeArguments[0];
    public ClientType Key => TypeArguments[0];
    public ClientType Value => TypeArguments[1];

    /// <summary>The CLR type a nested value of this type is stored as inside arrays and maps: nullable for value types.</summary>
    public Type NullableClrType => ClrType.IsValueType ? typeof(Nullable<>).MakeGenericType(ClrType) : ClrType;

    public static ClientType Parse(JsonElement signature)
    {
        string rawType = signature.GetProperty("rawType").GetString() ?? "unknown";
        var numbers = new List<long>();
        var types = new List<ClientType>();
        var names = new List<string?>();
        if (signature.TryGetProperty("arguments", out JsonElement arguments) && arguments.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement argument in arguments.EnumerateArray())
            {
                string kind = argument.GetProperty("kind").GetString() ?? "";
                JsonElement value = argument.GetProperty("value");
                switch (kind)
                {
                    case "LONG" or "LONG_LITERAL":
                        numbers.Add(value.GetInt64());
                        break;
                    case "TYPE" or "TYPE_SIGNATURE":
                        types.Add(Parse(value));
                        break;
                    case "NAMED_TYPE" or "NAMED_TYPE_SIGNATURE":
                        types.Add(Parse(value.GetProperty("typeSignature")));
                        names.Add(value.TryGetProperty("fieldName", out JsonElement field) && field.ValueKind == JsonValueKind.Object
                            ? field.GetProperty("name").GetString()
                            : null);
                        break;
                    default:
                        break;
                }
            }
        }
        return new ClientType(rawType, KindOf(rawType), numbers, types, names);
    }

    private static TypeKind KindOf(string rawType) => rawType.ToLowerInvariant() switch
    {
        "boolean" => TypeKind.Boolean,
        "tinyint" => TypeKind.TinyInt,
        "smallint" => TypeKind.SmallInt,
        "integer" => TypeKind.Integer,
        "bigint" => TypeKind.BigInt,
        "real" => TypeKind.Real,
        "double" => TypeKind.Double,
        "decimal" => TypeKind.Decimal,
        "varchar" => TypeKind.Varchar,
        "char" => TypeKind.Char,
        "varbinary" => TypeKind.Varbinary,
        "json" => TypeKind.Json,
        "date" => TypeKind.Date,
        "time" => TypeKind.Time,
        "time with time zone" => TypeKind.TimeWithTimeZone,
        "timestamp" => TypeKind.Timestamp,
        "timestamp with time zone" => TypeKind.TimestampWithTimeZone,
        "interval year to month" => TypeKind.IntervalYearToMonth,
        "interval day to second" => TypeKind.IntervalDayToSecond,
        "array" => TypeKind.Array,
        "map" => TypeKind.Map,
        "row" => TypeKind.Row,
        "uuid" => TypeKind.Uuid,
        "ipaddress" => TypeKind.IpAddress,
        "unknown" => TypeKind.Unknown,
        _ => TypeKind.Other,
    };

    private Type ComputeClrType() => Kind switch
    {
        TypeKind.Boolean => typeof(bool),
        TypeKind.TinyInt => typeof(sbyte),
        TypeKind.SmallInt => typeof(short),
        TypeKind.Integer => typeof(int),
        TypeKind.BigInt => typeof(long),
        TypeKind.Real => typeof(float),
        TypeKind.Double => typeof(double),
        TypeKind.Decimal => typeof(decimal),
        TypeKind.Varchar or TypeKind.Char or TypeKind.Json or TypeKind.Other => typeof(string),
        TypeKind.Varbinary => typeof(byte[]),
        TypeKind.Date => typeof(DateOnly),
        TypeKind.Time => typeof(TimeOnly),
        TypeKind.TimeWithTimeZone or TypeKind.TimestampWithTimeZone => typeof(DateTimeOffset),
        TypeKind.Timestamp => typeof(DateTime),
        TypeKind.IntervalYearToMonth => typeof(int),
        TypeKind.IntervalDayToSecond => typeof(TimeSpan),
        TypeKind.Array => TypeArguments.Count == 1 ? TypeArguments[0].NullableClrType.MakeArrayType() : typeof(object[]),
        TypeKind.Map => TypeArguments.Count == 2
            ? typeof(Dictionary<,>).MakeGenericType(TypeArguments[0].ClrType, TypeArguments[1].NullableClrType)
            : typeof(Dictionary<string, object>),
        TypeKind.Row => typeof(object[]),
        TypeKind.Uuid => typeof(Guid),
        TypeKind.IpAddress => typeof(IPAddress),
        TypeKind.Unknown => typeof(object),
    };
}
