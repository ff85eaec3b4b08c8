using System.Globalization;
using Manifold.Sql.Tree;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Analysis;

/// <summary>Turns a type written in SQL into a <see cref="SqlType"/>, accepting Trino's names and common aliases.</summary>
/// <remarks>Besides Trino's names this accepts <c>int</c>, <c>text</c>/<c>string</c> (varchar), <c>float</c>
/// (double, as in SQLite and most SQL dialects), <c>numeric</c> (decimal) and <c>bool</c>, so that DDL written for other
/// engines runs.</remarks>
public static class TypeResolver
{
    /// <summary>Resolves a type; fails with TYPE_NOT_FOUND or INVALID_LITERAL-style messages at the type's position.</summary>
    public static SqlType Resolve(DataType type)
    {
        SourceLocation? location = type.Location.IsKnown ? new SourceLocation(type.Location.Line, type.Location.Column) : null;
        try
        {
            return type switch
            {
                GenericDataType generic => ResolveGeneric(generic, location),
                RowDataType row => SqlType.CreateRow(row.Fields.Select(f => new RowField(f.Name?.Value, Resolve(f.Type))).ToArray()),
                DateTimeDataType dateTime => ResolveDateTime(dateTime),
                IntervalDataType interval => (interval.From, interval.To) switch
                {
                    (IntervalField.Year, IntervalField.Month) => SqlType.IntervalYearToMonth,
                    (IntervalField.Day, IntervalField.Second) => SqlType.IntervalDayToSecond,
                    _ => throw new ManifoldException(StandardErrorCode.TypeNotFound,
                        $"Unknown type: interval {interval.From.ToString().ToLowerInvariant()} to {interval.To.ToString().ToLowerInvariant()}", location),
                },
                _ => throw new ManifoldException(StandardErrorCode.TypeNotFound, $"Unknown type: {type}", location),
            };
        }
        catch (ArgumentOutOfRangeException e)
        {
            string message = e.Message;
            int suffix = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            throw new ManifoldException(StandardErrorCode.InvalidArguments, suffix > 0 ? message[..suffix] : message, location);
        }
    }

    private static SqlType ResolveGeneric(GenericDataType type, SourceLocation? location)
    {
        string name = type.Name.Value.ToLowerInvariant();
        int[] numbers = type.Arguments.OfType<NumericParameter>().Select(p => ParseNumber(p.Value, location)).ToArray();
        SqlType[] types = type.Arguments.OfType<TypeParameter>().Select(p => Resolve(p.Type)).ToArray();
        SqlType? result = (name, numbers.Length, types.Length) switch
        {
            ("boolean" or "bool", 0, 0) => SqlType.Boolean,
            ("tinyint", 0, 0) => SqlType.TinyInt,
            ("smallint", 0, 0) => SqlType.SmallInt,
            ("integer" or "int", 0, 0) => SqlType.Integer,
            ("bigint", 0, 0) => SqlType.BigInt,
            ("real", 0, 0) => SqlType.Real,
            ("double" or "float", 0, 0) => SqlType.Double,
            ("decimal" or "numeric", 0, 0) => DecimalType.Create(DecimalType.MaxPrecision, 0),
            ("decimal" or "numeric", 1, 0) => DecimalType.Create(numbers[0], 0),
            ("decimal" or "numeric", 2, 0) => DecimalType.Create(numbers[0], numbers[1]),
            ("varchar" or "text" or "string", 0, 0) => SqlType.Varchar,
            ("varchar", 1, 0) => SqlType.CreateVarchar(numbers[0]),
            ("char", 0, 0) => SqlType.CreateChar(1),
            ("char", 1, 0) => SqlType.CreateChar(numbers[0]),
            ("varbinary", 0, 0) => SqlType.Varbinary,
            ("date", 0, 0) => SqlType.Date,
            ("json", 0, 0) => SqlType.Json,
            ("uuid", 0, 0) => SqlType.Uuid,
            ("array", 0, 1) => SqlType.CreateArray(types[0]),
            ("map", 0, 2) => SqlType.CreateMap(types[0], types[1]),
            ("time", 0, 0) => SqlType.CreateTime(TimeType.DefaultPrecision),
            ("timestamp", 0, 0) => SqlType.CreateTimestamp(TimestampType.DefaultPrecision),
            _ => null,
        };
        return result ?? throw new ManifoldException(StandardErrorCode.TypeNotFound, $"Unknown type: {Describe(type)}", location);
    }

    private static SqlType ResolveDateTime(DateTimeDataType type)
    {
        int? precision = type.Precision is { } p ? ParseNumber(p.Value, null) : null;
        return type.Kind switch
        {
            Sql.Tree.DateTimeKind.Time when type.WithTimeZone => throw new ManifoldException(
                StandardErrorCode.NotSupported, "time with time zone is not supported"),
            Sql.Tree.DateTimeKind.Time => SqlType.CreateTime(precision ?? TimeType.DefaultPrecision),
            Sql.Tree.DateTimeKind.Timestamp when type.WithTimeZone => SqlType.CreateTimestampWithTimeZone(precision ?? TimestampType.DefaultPrecision),
            Sql.Tree.DateTimeKind.Timestamp => SqlType.CreateTimestamp(precision ?? TimestampType.DefaultPrecision),
        };
    }

    private static int ParseNumber(string text, SourceLocation? location)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new ManifoldException(StandardErrorCode.InvalidArguments, $"Invalid type parameter: {text}", location);

    private static string Describe(GenericDataType type)
        => type.Arguments.Count == 0 ? type.Name.Value : $"{type.Name.Value}({string.Join(", ", type.Arguments.Select(a => a is NumericParameter n ? n.Value : "…"))})";
}
