using Manifold.Spi.Connectors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;

/// <summary>Column and value helpers shared by the <c>system.runtime</c> tables.</summary>
internal static class RuntimeColumns
{
    public static readonly SqlType Timestamp = SqlType.CreateTimestampWithTimeZone(3);

    public static ColumnMetadata BigInt(string name) => new(name, SqlType.BigInt);

    public static ColumnMetadata Boolean(string name) => new(name, SqlType.Boolean);

    public static ColumnMetadata Time(string name) => new(name, Timestamp);

    public static ColumnMetadata VarcharArray(string name) => new(name, SqlType.CreateArray(SqlType.Varchar));

    /// <summary>A <c>timestamp(3) with time zone</c> value in UTC, or null.</summary>
    public static object? Value(DateTimeOffset? time)
        => time is { } t ? new TimestampWithZone(t.ToUnixTimeMilliseconds() * 1000, TimeZoneKey.Utc) : null;

    public static object Millis(TimeSpan span) => (long)span.TotalMilliseconds;
}
