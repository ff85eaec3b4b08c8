namespace Manifold.Client.Protocol;

/// <summary>The Trino types the client decodes; <see cref="Other"/> covers the rest (HyperLogLog, qdigest, ...), read as text.</summary>
internal enum TypeKind
{
    Boolean,
    TinyInt,
    SmallInt,
    Integer,
    BigInt,
    Real,
    Double,
    Decimal,
    Varchar,
    Char,
    Varbinary,
    Json,
    Date,
    Time,
    TimeWithTimeZone,
    Timestamp,
    TimestampWithTimeZone,
    IntervalYearToMonth,
    IntervalDayToSecond,
    Array,
    Map,
    Row,
    Uuid,
    IpAddress,
    Unknown,
    Other,
}
