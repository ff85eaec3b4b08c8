using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("sum", Description = "Sum of the non-null input values; NULL when there are none.", Example = "sum(x) over (1), (2), (NULL) = 3")]
internal sealed class SumFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("bigint", "tinyint"),
        FunctionSignature.Of("bigint", "smallint"),
        FunctionSignature.Of("bigint", "integer"),
        FunctionSignature.Of("bigint", "bigint"),
        FunctionSignature.Of("real", "real"),
        FunctionSignature.Of("double", "double"),
        FunctionSignature.Of("decimal(38,s)", "decimal(p,s)"),
        FunctionSignature.Of("interval day to second", "interval day to second"),
        FunctionSignature.Of("interval year to month", "interval year to month"),
    ];

    public IAccumulatorFactory Specialize(BoundFunction function)
    {
        SqlType type = function.ArgumentTypes[0];
        switch (type.Kind)
        {
            case TypeKind.TinyInt:
                return new AccumulatorFactory(() => new IntegralSumAccumulator<sbyte>());
            case TypeKind.SmallInt:
                return new AccumulatorFactory(() => new IntegralSumAccumulator<short>());
            case TypeKind.Integer:
                return new AccumulatorFactory(() => new IntegralSumAccumulator<int>());
            case TypeKind.BigInt:
            case TypeKind.IntervalDayToSecond:
            case TypeKind.IntervalYearToMonth:
                return new AccumulatorFactory(() => new IntegralSumAccumulator<long>());
            case TypeKind.Real:
                return new AccumulatorFactory(() => new FloatingSumAccumulator<float>());
            case TypeKind.Double:
                return new AccumulatorFactory(() => new FloatingSumAccumulator<double>());
            case TypeKind.Decimal:
                return ((DecimalType)type).IsShort
                    ? new AccumulatorFactory(() => new DecimalSumAccumulator<long>())
                    : new AccumulatorFactory(() => new DecimalSumAccumulator<Int128>());
            default:
                AggregateErrors.UnsupportedType("sum", type);
                return null;
        }
    }
}
