namespace Manifold.Spi.Types;

/// <summary>A SQL type: its family, its parameters and how its values are laid out.</summary>
/// <remarks>
/// Types are immutable and compare by their signature (<see cref="Name"/>), so <c>decimal(12,2)</c> built twice is equal.
/// Parameterless types are singletons on this class (<see cref="BigInt"/>, <see cref="Date"/>, …).
/// </remarks>
public abstract class SqlType : IEquatable<SqlType>
{
    private protected SqlType(TypeKind kind, PhysicalType physical, string name)
    {
        Kind = kind;
        Physical = physical;
        Name = name;
    }

    /// <summary>The type family.</summary>
    public TypeKind Kind { get; }

    /// <summary>How values are stored in vectors.</summary>
    public PhysicalType Physical { get; }

    /// <summary>The Trino type signature, e.g. <c>decimal(12,2)</c>, <c>array(varchar)</c>.</summary>
    public string Name { get; }

    /// <summary>True when values can be compared for equality (everything but json and maps of incomparable values).</summary>
    public virtual bool IsComparable => Kind != TypeKind.Json;

    /// <summary>True when values have an order (excludes json, maps and containers of unorderable values).</summary>
    public virtual bool IsOrderable => Kind is not (TypeKind.Json or TypeKind.Map);

    /// <summary>True for tinyint, smallint, integer, bigint.</summary>
    public bool IsIntegral => Kind is TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt;

    /// <summary>True for the integral types, real, double and decimal.</summary>
    public bool IsNumeric => IsIntegral || Kind is TypeKind.Real or TypeKind.Double or TypeKind.Decimal;

    /// <summary>True for varchar and char.</summary>
    public bool IsCharacter => Kind is TypeKind.Varchar or TypeKind.Char;

    /// <summary>The type of a bare NULL.</summary>
    public static SqlType Unknown { get; } = new SimpleType(TypeKind.Unknown, PhysicalType.Boolean, "unknown");
    /// <summary><c>boolean</c>.</summary>
    public static SqlType Boolean { get; } = new SimpleType(TypeKind.Boolean, PhysicalType.Boolean, "boolean");
    /// <summary><c>tinyint</c>.</summary>
    public static SqlType TinyInt { get; } = new SimpleType(TypeKind.TinyInt, PhysicalType.Int8, "tinyint");
    /// <summary><c>smallint</c>.</summary>
    public static SqlType SmallInt { get; } = new SimpleType(TypeKind.SmallInt, PhysicalType.Int16, "smallint");
    /// <summary><c>integer</c>.</summary>
    public static SqlType Integer { get; } = new SimpleType(TypeKind.Integer, PhysicalType.Int32, "integer");
    /// <summary><c>bigint</c>.</summary>
    public static SqlType BigInt { get; } = new SimpleType(TypeKind.BigInt, PhysicalType.Int64, "bigint");
    /// <summary><c>real</c>.</summary>
    public static SqlType Real { get; } = new SimpleType(TypeKind.Real, PhysicalType.Float32, "real");
    /// <summary><c>double</c>.</summary>
    public static SqlType Double { get; } = new SimpleType(TypeKind.Double, PhysicalType.Float64, "double");
    /// <summary>Unbounded <c>varchar</c>.</summary>
    public static VarcharType Varchar { get; } = new(null);
    /// <summary><c>varbinary</c>.</summary>
    public static SqlType Varbinary { get; } = new SimpleType(TypeKind.Varbinary, PhysicalType.Bytes, "varbinary");
    /// <summary><c>date</c>.</summary>
    public static SqlType Date { get; } = new SimpleType(TypeKind.Date, PhysicalType.Int32, "date");
    /// <summary><c>interval year to month</c>.</summary>
    public static SqlType IntervalYearToMonth { get; } = new SimpleType(TypeKind.IntervalYearToMonth, PhysicalType.Int64, "interval year to month");
    /// <summary><c>interval day to second</c>.</summary>
    public static SqlType IntervalDayToSecond { get; } = new SimpleType(TypeKind.IntervalDayToSecond, PhysicalType.Int64, "interval day to second");
    /// <summary><c>json</c>.</summary>
    public static SqlType Json { get; } = new SimpleType(TypeKind.Json, PhysicalType.Bytes, "json");
    /// <summary><c>uuid</c>.</summary>
    public static SqlType Uuid { get; } = new SimpleType(TypeKind.Uuid, PhysicalType.Int128, "uuid");

    /// <summary><c>varchar(n)</c>, or unbounded when <paramref name="length"/> is null.</summary>
    public static VarcharType CreateVarchar(int? length) => length is null ? Varchar : new VarcharType(length);
    /// <summary><c>char(n)</c>.</summary>
    public static CharType CreateChar(int length) => new(length);
    /// <summary><c>decimal(p, s)</c>.</summary>
    public static DecimalType CreateDecimal(int precision, int scale) => DecimalType.Create(precision, scale);
    /// <summary><c>time(p)</c>.</summary>
    public static TimeType CreateTime(int precision) => TimeType.Create(precision);
    /// <summary><c>timestamp(p)</c>.</summary>
    public static TimestampType CreateTimestamp(int precision) => TimestampType.Create(precision);
    /// <summary><c>timestamp(p) with time zone</c>.</summary>
    public static TimestampWithTimeZoneType CreateTimestampWithTimeZone(int precision) => TimestampWithTimeZoneType.Create(precision);
    /// <summary><c>array(T)</c>.</summary>
    public static ArrayType CreateArray(SqlType element) => new(element);
    /// <summary><c>map(K, V)</c>.</summary>
    public static MapType CreateMap(SqlType key, SqlType value) => new(key, value);
    /// <summary><c>row(…)</c>.</summary>
    public static RowType CreateRow(IReadOnlyList<RowField> fields) => new(fields);

    /// <summary>Parses a type signature such as <c>decimal(12, 2)</c> or <c>row(a bigint, b array(varchar))</c>.</summary>
    /// <exception cref="FormatException">The text is not a type this engine knows.</exception>
    public static SqlType Parse(string signature) => TypeSignatureParser.Parse(signature);

    /// <inheritdoc />
    public bool Equals(SqlType? other) => other is not null && (ReferenceEquals(this, other) || (Kind == other.Kind && Name == other.Name));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SqlType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Equality by signature.</summary>
    public static bool operator ==(SqlType? left, SqlType? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by signature.</summary>
    public static bool operator !=(SqlType? left, SqlType? right) => !(left == right);

    private sealed class SimpleType(TypeKind kind, PhysicalType physical, string name) : SqlType(kind, physical, name);
}
