namespace Manifold.Spi.Types;

/// <summary>The SQL type families, named as in Trino.</summary>
public enum TypeKind
{
    /// <summary>The type of a bare <c>NULL</c> literal; coerces to every type.</summary>
    Unknown,
    /// <summary><c>boolean</c>.</summary>
    Boolean,
    /// <summary><c>tinyint</c>, 8-bit signed.</summary>
    TinyInt,
    /// <summary><c>smallint</c>, 16-bit signed.</summary>
    SmallInt,
    /// <summary><c>integer</c>, 32-bit signed.</summary>
    Integer,
    /// <summary><c>bigint</c>, 64-bit signed.</summary>
    BigInt,
    /// <summary><c>real</c>, 32-bit IEEE 754.</summary>
    Real,
    /// <summary><c>double</c>, 64-bit IEEE 754.</summary>
    Double,
    /// <summary><c>decimal(p, s)</c>, exact.</summary>
    Decimal,
    /// <summary><c>varchar</c> or <c>varchar(n)</c>.</summary>
    Varchar,
    /// <summary><c>char(n)</c>, blank-padded.</summary>
    Char,
    /// <summary><c>varbinary</c>.</summary>
    Varbinary,
    /// <summary><c>date</c>.</summary>
    Date,
    /// <summary><c>time(p)</c>.</summary>
    Time,
    /// <summary><c>timestamp(p)</c>, without time zone.</summary>
    Timestamp,
    /// <summary><c>timestamp(p) with time zone</c>.</summary>
    TimestampWithTimeZone,
    /// <summary><c>interval year to month</c>.</summary>
    IntervalYearToMonth,
    /// <summary><c>interval day to second</c>.</summary>
    IntervalDayToSecond,
    /// <summary><c>json</c>.</summary>
    Json,
    /// <summary><c>uuid</c>.</summary>
    Uuid,
    /// <summary><c>array(T)</c>.</summary>
    Array,
    /// <summary><c>map(K, V)</c>.</summary>
    Map,
    /// <summary><c>row(name T, …)</c>.</summary>
    Row,
}
