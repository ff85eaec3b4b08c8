using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("avg", Description = "Arithmetic mean of the non-null input values; NULL when there are none.", Example = "avg(x) over (1), (2) = 1.5")]
internal sealed class AvgFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("double", "tinyint"),
        FunctionSignature.Of("double", "smallint"),
        FunctionSignature.Of("double", "integer"),
        FunctionSignature.Of("double", "bigint"),
        FunctionSignature.Of("real", "real"),
        FunctionSignature.Of("double", "double"),
        FunctionSignature.Of("decimal(p,s)", "decimal(p,s)"),
        FunctionSignature.Of("interval day to second", "interval day to second"),
        FunctionSignature.Of("interval year to month", "interval year to month"),
    ];

    public IAccumulatorFactory Specialize(BoundFunction function)
    {
        SqlType type = function.ArgumentTypes[0];
        switch (type.Kind)
        {
            case TypeKind.TinyInt:
                return new AccumulatorFactory(() => new NumericAverageAccumulator<sbyte>(AverageOutput.Double));
            case TypeKind.SmallInt:
                return new AccumulatorFactory(() => new NumericAverageAccumulator<short>(AverageOutput.Double));
            case TypeKind.Integer:
                return new AccumulatorFactory(() => new NumericAverageAccumulator<int>(AverageOutput.Double));
            case TypeKind.BigInt:
                return new AccumulatorFactory(() => new NumericAverageAccumulator<long>(AverageOutput.Double));
            case TypeKind.Real:
                return new AccumulatorFactory(() => new NumericAverageAccumulator<float>(AverageOutput.Real));
            case TypeKind.Double:
                return new AccumulatorFactory(() => new NumericAverageAccumulator<double>(AverageOutput.Double));
            case TypeKind.IntervalDayToSecond:
            case TypeKind.IntervalYearToMonth:
                return new AccumulatorFactory(() => new NumericAverageAccumulator<long>(AverageOutput.RoundedInt64));
            case TypeKind.Decimal:
                {
                    var decimalType = (DecimalType)type;
                    return decimalType.IsShort
                        ? new AccumulatorFactory(() => new DecimalAverageAccumulator<long>(decimalType))
                        : new AccumulatorFactory(() => new DecimalAverageAccumulator<Int128>(decimalType));
                }
            default:
                AggregateErrors.UnsupportedType("avg", type);
                return null;
        }
    }
}
