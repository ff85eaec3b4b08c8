using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("date_diff", Description = "x2 - x1 in whole units (millisecond … year).",
    Example = "date_diff('day', DATE '2020-03-01', DATE '2020-03-02') = 1")]
internal sealed class DateDiffFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("bigint", "varchar(x)", "date", "date"),
        FunctionSignature.Of("bigint", "varchar(x)", "time(p)", "time(p)"),
        FunctionSignature.Of("bigint", "varchar(x)", "timestamp(p)", "timestamp(p)"),
        FunctionSignature.Of("bigint", "varchar(x)", "timestamp(p) with time zone", "timestamp(p) with time zone"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ArgumentTypes[1]);

    private sealed class Kernel(SqlType inputType) : ScalarKernel(SqlType.BigInt)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader units = BytesReader.Of(arguments[0]);
            var left = new TemporalReader(arguments[1], inputType);
            var right = new TemporalReader(arguments[2], inputType);
            var result = new FixedResult<long>(rowCount, NullMask.Union(arguments, rowCount));
            bool zoned = inputType.Kind == TypeKind.TimestampWithTimeZone;
            for (int row = 0; row < rowCount; row++)
            {
                if (result.IsNull(row))
                {
                    continue;
                }
                DateTimeUnit unit = TemporalValues.ParseUnit(units[row], inputType.Kind);
                long earlier;
                long later;
                if (zoned && unit <= DateTimeUnit.Hour)
                {
                    earlier = left.Instant(row);
                    later = right.Instant(row);
                }
                else if (zoned)
                {
                    // Calendar units compare wall clocks, both in the first argument's zone.
                    short zone = left.Zone(row);
                    earlier = TemporalValues.ToLocal(left.Instant(row), zone);
                    later = TemporalValues.ToLocal(right.Instant(row), zone);
                }
                else
                {
                    earlier = left.LocalMicros(row);
                    later = right.LocalMicros(row);
                }
                result.Values[row] = TemporalValues.Difference(earlier, later, unit);
            }
            return result.Build(SqlType.BigInt);
        }
    }
}
