using Manifold.Spi.Types;

namespace Manifold.Engine.Analysis;

/// <summary>Trino's implicit coercions: which types convert silently to which, at what cost, and the common super type of
/// two types (for UNION, CASE, IN lists and comparisons).</summary>
public static class TypeCoercion
{
    /// <summary>The cost of coercing <paramref name="from"/> to <paramref name="to"/> implicitly: 0 when equal, null when not
    /// allowed; smaller is closer.</summary>
    public static int? CoercionCost(SqlType from, SqlType to)
    {
        if (from == to)
        {
            return 0;
        }
        if (from.Kind == TypeKind.Unknown)
        {
            return 1;
        }
        switch (from.Kind)
        {
            case TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt:
            {
                int rank = IntegralRank(from.Kind);
                return to.Kind switch
                {
                    TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt when IntegralRank(to.Kind) > rank
                        => IntegralRank(to.Kind) - rank,
                    TypeKind.Decimal when DecimalFits(IntegralAsDecimal(from), (DecimalType)to) => 5,
                    TypeKind.Real => 6,
                    TypeKind.Double => 7,
                    _ => null,
                };
            }
            case TypeKind.Decimal:
                return to.Kind switch
                {
                    TypeKind.Decimal when DecimalFits((DecimalType)from, (DecimalType)to) => 1,
                    TypeKind.Real => 2,
                    TypeKind.Double => 3,
                    _ => null,
                };
            case TypeKind.Real:
                return to.Kind == TypeKind.Double ? 1 : null;
            case TypeKind.Varchar:
            {
                int? length = ((VarcharType)from).Length;
                return to switch
                {
                    VarcharType varchar when varchar.Length is null || (length is not null && varchar.Length >= length) => 1,
                    CharType fixedChar when length is not null && fixedChar.Length >= length => 2,
                    _ => null,
                };
            }
            case TypeKind.Char:
                return to switch
                {
                    CharType fixedChar when fixedChar.Length >= ((CharType)from).Length => 1,
                    _ => null,
                };
            case TypeKind.Date:
                return to.Kind switch
                {
                    TypeKind.Timestamp => 1,
                    TypeKind.TimestampWithTimeZone => 2,
                    _ => null,
                };
            case TypeKind.Timestamp:
                return to switch
                {
                    TimestampType timestamp when timestamp.Precision >= ((TimestampType)from).Precision => 1,
                    TimestampWithTimeZoneType zoned when zoned.Precision >= ((TimestampType)from).Precision => 2,
                    _ => null,
                };
            case TypeKind.TimestampWithTimeZone:
                return to is TimestampWithTimeZoneType zonedTarget && zonedTarget.Precision >= ((TimestampWithTimeZoneType)from).Precision ? 1 : null;
            case TypeKind.Time:
                return to is TimeType time && time.Precision >= ((TimeType)from).Precision ? 1 : null;
            case TypeKind.Array:
                return to is ArrayType array ? CoercionCost(((ArrayType)from).Element, array.Element) : null;
            case TypeKind.Map:
            {
                if (to is not MapType map)
                {
                    return null;
                }
                var source = (MapType)from;
                return CoercionCost(source.Key, map.Key) is { } k && CoercionCost(source.Value, map.Value) is { } v ? k + v : null;
            }
            case TypeKind.Row:
            {
                if (to is not RowType row || row.Fields.Count != ((RowType)from).Fields.Count)
                {
                    return null;
                }
                int total = 0;
                var source = (RowType)from;
                for (int i = 0; i < row.Fields.Count; i++)
                {
                    if (CoercionCost(source.Fields[i].Type, row.Fields[i].Type) is not { } cost)
                    {
                        return null;
                    }
                    total += cost;
                }
                return total;
            }
            default:
                return null;
        }
    }

    /// <summary>Whether <paramref name="from"/> coerces implicitly to <paramref name="to"/>.</summary>
    public static bool CanCoerce(SqlType from, SqlType to) => CoercionCost(from, to) is not null;

    /// <summary>The smallest type both coerce to, or null.</summary>
    public static SqlType? CommonSuperType(SqlType left, SqlType right)
    {
        if (left == right)
        {
            return left;
        }
        if (left.Kind == TypeKind.Unknown)
        {
            return right;
        }
        if (right.Kind == TypeKind.Unknown)
        {
            return left;
        }
        if (left.IsNumeric && right.IsNumeric)
        {
            return NumericSuperType(left, right);
        }
        switch (left.Kind, right.Kind)
        {
            case (TypeKind.Varchar, TypeKind.Varchar):
            {
                int? a = ((VarcharType)left).Length;
                int? b = ((VarcharType)right).Length;
                return a is null || b is null ? SqlType.Varchar : SqlType.CreateVarchar(Math.Max(a.Value, b.Value));
            }
            case (TypeKind.Char, TypeKind.Char):
                return SqlType.CreateChar(Math.Max(((CharType)left).Length, ((CharType)right).Length));
            case (TypeKind.Char, TypeKind.Varchar) or (TypeKind.Varchar, TypeKind.Char):
            {
                var (charType, varcharType) = left is CharType c ? (c, (VarcharType)right) : ((CharType)right, (VarcharType)left);
                return varcharType.Length is { } length ? SqlType.CreateChar(Math.Max(charType.Length, Math.Max(length, 1))) : SqlType.Varchar;
            }
            case (TypeKind.Date, TypeKind.Timestamp):
                return right;
            case (TypeKind.Timestamp, TypeKind.Date):
                return left;
            case (TypeKind.Date, TypeKind.TimestampWithTimeZone):
                return right;
            case (TypeKind.TimestampWithTimeZone, TypeKind.Date):
                return left;
            case (TypeKind.Timestamp, TypeKind.Timestamp):
                return SqlType.CreateTimestamp(Math.Max(((TimestampType)left).Precision, ((TimestampType)right).Precision));
            case (TypeKind.TimestampWithTimeZone, TypeKind.TimestampWithTimeZone):
                return SqlType.CreateTimestampWithTimeZone(Math.Max(((TimestampWithTimeZoneType)left).Precision, ((TimestampWithTimeZoneType)right).Precision));
            case (TypeKind.Timestamp, TypeKind.TimestampWithTimeZone):
                return SqlType.CreateTimestampWithTimeZone(Math.Max(((TimestampType)left).Precision, ((TimestampWithTimeZoneType)right).Precision));
            case (TypeKind.TimestampWithTimeZone, TypeKind.Timestamp):
                return SqlType.CreateTimestampWithTimeZone(Math.Max(((TimestampWithTimeZoneType)left).Precision, ((TimestampType)right).Precision));
            case (TypeKind.Time, TypeKind.Time):
                return SqlType.CreateTime(Math.Max(((TimeType)left).Precision, ((TimeType)right).Precision));
            case (TypeKind.Array, TypeKind.Array):
                return CommonSuperType(((ArrayType)left).Element, ((ArrayType)right).Element) is { } element ? SqlType.CreateArray(element) : null;
            case (TypeKind.Map, TypeKind.Map):
            {
                var a = (MapType)left;
                var b = (MapType)right;
                return CommonSuperType(a.Key, b.Key) is { } key && CommonSuperType(a.Value, b.Value) is { } value ? SqlType.CreateMap(key, value) : null;
            }
            case (TypeKind.Row, TypeKind.Row):
            {
                var a = (RowType)left;
                var b = (RowType)right;
                if (a.Fields.Count != b.Fields.Count)
                {
                    return null;
                }
                var fields = new RowField[a.Fields.Count];
                for (int i = 0; i < fields.Length; i++)
                {
                    if (CommonSuperType(a.Fields[i].Type, b.Fields[i].Type) is not { } type)
                    {
                        return null;
                    }
                    fields[i] = new RowField(a.Fields[i].Name ?? b.Fields[i].Name, type);
                }
                return SqlType.CreateRow(fields);
            }
            default:
                return null;
        }
    }

    /// <summary>The common super type of many types, or null.</summary>
    public static SqlType? CommonSuperType(IEnumerable<SqlType> types)
    {
        SqlType? result = SqlType.Unknown;
        foreach (SqlType type in types)
        {
            result = CommonSuperType(result, type);
            if (result is null)
            {
                return null;
            }
        }
        return result;
    }

    /// <summary>The decimal type that holds every value of an integral type (tinyint → decimal(3,0), …).</summary>
    public static DecimalType IntegralAsDecimal(SqlType type) => type.Kind switch
    {
        TypeKind.TinyInt => DecimalType.Create(3, 0),
        TypeKind.SmallInt => DecimalType.Create(5, 0),
        TypeKind.Integer => DecimalType.Create(10, 0),
        TypeKind.BigInt => DecimalType.Create(19, 0),
        _ => throw new ArgumentException($"{type} is not integral", nameof(type)),
    };

    private static SqlType NumericSuperType(SqlType left, SqlType right)
    {
        if (left.Kind == TypeKind.Double || right.Kind == TypeKind.Double)
        {
            return SqlType.Double;
        }
        if (left.Kind == TypeKind.Real || right.Kind == TypeKind.Real)
        {
            return SqlType.Real;
        }
        if (left.IsIntegral && right.IsIntegral)
        {
            return IntegralRank(left.Kind) >= IntegralRank(right.Kind) ? left : right;
        }
        DecimalType a = left as DecimalType ?? IntegralAsDecimal(left);
        DecimalType b = right as DecimalType ?? IntegralAsDecimal(right);
        int scale = Math.Max(a.Scale, b.Scale);
        int integerDigits = Math.Max(a.Precision - a.Scale, b.Precision - b.Scale);
        return DecimalType.Create(Math.Min(DecimalType.MaxPrecision, integerDigits + scale), scale);
    }

    /// <summary>Whether every value of <paramref name="from"/> fits <paramref name="to"/>; at the maximum precision a wider
    /// scale is allowed to take integer digits, as Trino's common super type of decimal(38,2) and decimal(38,6) is
    /// decimal(38,6) (values that do not fit fail at run time).</summary>
    private static bool DecimalFits(DecimalType from, DecimalType to)
        => to.Scale >= from.Scale
           && (to.Precision - to.Scale >= from.Precision - from.Scale || to.Precision == DecimalType.MaxPrecision);

    private static int IntegralRank(TypeKind kind) => kind switch
    {
        TypeKind.TinyInt => 1,
        TypeKind.SmallInt => 2,
        TypeKind.Integer => 3,
        TypeKind.BigInt => 4,
        _ => 0,
    };
}
