using Manifold.Engine.Functions.Conversion;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Operators;

/// <summary>Picks the comparison kernel for two bound argument types.</summary>
/// <remarks>The binder normally coerces both sides to one type. When it does not (decimals of different precision or
/// scale, two different numeric types), both sides are cast to their common type first.</remarks>
internal static class ComparisonKernels
{
    public static IScalarKernel Create(ComparisonKind kind, SqlType left, SqlType right)
    {
        if (left.Kind == TypeKind.Unknown || right.Kind == TypeKind.Unknown)
        {
            return new NullComparisonKernel(kind, left.Kind == TypeKind.Unknown ? 1 : 0);
        }
        if (!SameRepresentation(left, right))
        {
            SqlType common = CommonType(left, right)
                ?? throw new NotSupportedException($"Cannot compare {left} with {right}");
            IScalarKernel inner = Create(kind, common, common);
            return new CoercingKernel(inner, Cast(left, common), Cast(right, common));
        }
        return left.Kind switch
        {
            TypeKind.Boolean => FixedComparisonKernels.Create<bool, ValueOrders.Boolean>(kind),
            TypeKind.TinyInt => FixedComparisonKernels.Create<sbyte, ValueOrders.Integer<sbyte>>(kind),
            TypeKind.SmallInt => FixedComparisonKernels.Create<short, ValueOrders.Integer<short>>(kind),
            TypeKind.Integer or TypeKind.Date => FixedComparisonKernels.Create<int, ValueOrders.Integer<int>>(kind),
            TypeKind.BigInt or TypeKind.Time or TypeKind.Timestamp or TypeKind.IntervalDayToSecond or TypeKind.IntervalYearToMonth
                => FixedComparisonKernels.Create<long, ValueOrders.Integer<long>>(kind),
            TypeKind.Decimal => ((DecimalType)left).IsShort
                ? FixedComparisonKernels.Create<long, ValueOrders.Integer<long>>(kind)
                : FixedComparisonKernels.Create<Int128, ValueOrders.Integer<Int128>>(kind),
            TypeKind.Real => FixedComparisonKernels.Create<float, ValueOrders.Floating<float>>(kind),
            TypeKind.Double => FixedComparisonKernels.Create<double, ValueOrders.Floating<double>>(kind),
            TypeKind.Uuid => FixedComparisonKernels.Create<Int128, ValueOrders.Uuid>(kind),
            TypeKind.TimestampWithTimeZone => FixedComparisonKernels.Create<TimestampWithZone, ValueOrders.Zoned>(kind),
            TypeKind.Varchar or TypeKind.Varbinary or TypeKind.Json => BytesComparisonKernels.Create(kind, padded: false),
            TypeKind.Char => BytesComparisonKernels.Create(kind, padded: true),
            TypeKind.Array or TypeKind.Map or TypeKind.Row => new NestedComparisonKernel(kind, ValueComparer.Create(left)),
            _ => throw new NotSupportedException($"Cannot compare {left} with {right}"),
        };
    }

    /// <summary>True when values of both types can be compared directly (same physical layout and meaning).</summary>
    private static bool SameRepresentation(SqlType left, SqlType right)
    {
        if (left.Kind != right.Kind)
        {
            return false;
        }
        return left.Kind switch
        {
            TypeKind.Decimal => left == right,
            TypeKind.Array => SameRepresentation(((ArrayType)left).Element, ((ArrayType)right).Element),
            TypeKind.Map => SameRepresentation(((MapType)left).Key, ((MapType)right).Key)
                && SameRepresentation(((MapType)left).Value, ((MapType)right).Value),
            TypeKind.Row => RowsMatch((RowType)left, (RowType)right),
            _ => true,
        };
    }

    private static bool RowsMatch(RowType left, RowType right)
    {
        if (left.Fields.Count != right.Fields.Count)
        {
            return false;
        }
        for (int i = 0; i < left.Fields.Count; i++)
        {
            if (!SameRepresentation(left.Fields[i].Type, right.Fields[i].Type))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The common numeric type of two numeric types, following Trino's implicit coercions.</summary>
    public static SqlType? CommonType(SqlType left, SqlType right)
    {
        if (!left.IsNumeric || !right.IsNumeric)
        {
            return null;
        }
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
            return IntegralRank(left) >= IntegralRank(right) ? left : right;
        }
        DecimalType a = AsDecimal(left);
        DecimalType b = AsDecimal(right);
        int scale = Math.Max(a.Scale, b.Scale);
        int precision = Math.Min(38, Math.Max(a.Precision - a.Scale, b.Precision - b.Scale) + scale);
        return DecimalType.Create(precision, Math.Min(scale, precision));
    }

    private static int IntegralRank(SqlType type) => type.Kind switch
    {
        TypeKind.TinyInt => 1,
        TypeKind.SmallInt => 2,
        TypeKind.Integer => 3,
        _ => 4,
    };

    private static DecimalType AsDecimal(SqlType type) => type.Kind switch
    {
        TypeKind.TinyInt => DecimalType.Create(3, 0),
        TypeKind.SmallInt => DecimalType.Create(5, 0),
        TypeKind.Integer => DecimalType.Create(10, 0),
        TypeKind.BigInt => DecimalType.Create(19, 0),
        _ => (DecimalType)type,
    };

    private static IScalarKernel? Cast(SqlType from, SqlType to)
    {
        if (from == to)
        {
            return null;
        }
        return CastKernels.TryCreate(from, to, out IScalarKernel kernel)
            ? kernel
            : throw new NotSupportedException($"Cannot cast {from} to {to}");
    }

    private sealed class CoercingKernel(IScalarKernel inner, IScalarKernel? leftCast, IScalarKernel? rightCast) : IScalarKernel
    {
        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            Vector left = leftCast is null ? arguments[0] : leftCast.Evaluate([arguments[0]], rowCount, context);
            Vector right = rightCast is null ? arguments[1] : rightCast.Evaluate([arguments[1]], rowCount, context);
            return inner.Evaluate([left, right], rowCount, context);
        }
    }

    /// <summary>A comparison with an untyped NULL: always null, or for IS DISTINCT FROM, whether the other side is non-null.</summary>
    private sealed class NullComparisonKernel(ComparisonKind kind, int otherSide) : IScalarKernel
    {
        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            if (kind != ComparisonKind.IsDistinctFrom)
            {
                return Vector.NullVector(SqlType.Boolean, rowCount);
            }
            Vector other = arguments[otherSide];
            var result = new bool[rowCount];
            for (int i = 0; i < rowCount; i++)
            {
                result[i] = !other.IsNull(i);
            }
            return new FlatVector<bool>(SqlType.Boolean, result, null, rowCount);
        }
    }
}
