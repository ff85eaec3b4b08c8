using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("date_add", Description = "x plus value units (millisecond … year); a negative value subtracts.",
    Example = "date_add('day', -1, DATE '2020-03-01') = DATE '2020-02-29'")]
internal sealed class DateAddFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("date", "varchar(x)", "bigint", "date"),
        FunctionSignature.Of("time(p)", "varchar(x)", "bigint", "time(p)"),
        FunctionSignature.Of("timestamp(p)", "varchar(x)", "bigint", "timestamp(p)"),
        FunctionSignature.Of("timestamp(p) with time zone", "varchar(x)", "bigint", "timestamp(p) with time zone"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ArgumentTypes[2]);

    private sealed class Kernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader units = BytesReader.Of(arguments[0]);
            FixedReader<long> amounts = FixedReader<long>.Of(arguments[1]);
            var input = new TemporalReader(arguments[2], ReturnType);
            var result = new TemporalResult(ReturnType, rowCount, NullMask.Union(arguments, rowCount));
            bool zoned = ReturnType.Kind == TypeKind.TimestampWithTimeZone;
            for (int row = 0; row < rowCount; row++)
            {
                if (result.IsNull(row))
                {
                    continue;
                }
                DateTimeUnit unit = TemporalValues.ParseUnit(units[row], ReturnType.Kind);
                if (zoned && unit <= DateTimeUnit.Hour)
                {
                    // Fixed-length units move the instant; calendar units move the wall clock (DST-aware).
                    result.SetInstant(row, TemporalValues.Add(input.Instant(row), unit, amounts[row]), input.Zone(row));
                }
                else
                {
                    result.SetLocal(row, TemporalValues.Add(input.LocalMicros(row), unit, amounts[row]), input.Zone(row));
                }
            }
            return result.Build();
        }
    }
}
