using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("date_trunc", Description = "x truncated to the unit (millisecond, second, minute, hour, day, week, month, quarter or year).",
    Example = "date_trunc('month', DATE '2001-08-22') = DATE '2001-08-01'")]
internal sealed class DateTruncFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("date", "varchar(x)", "date"),
        FunctionSignature.Of("time(p)", "varchar(x)", "time(p)"),
        FunctionSignature.Of("timestamp(p)", "varchar(x)", "timestamp(p)"),
        FunctionSignature.Of("timestamp(p) with time zone", "varchar(x)", "timestamp(p) with time zone"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ArgumentTypes[1]);

    private sealed class Kernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader units = BytesReader.Of(arguments[0]);
            var input = new TemporalReader(arguments[1], ReturnType);
            var result = new TemporalResult(ReturnType, rowCount, NullMask.Union(arguments, rowCount));
            for (int row = 0; row < rowCount; row++)
            {
                if (!result.IsNull(row))
                {
                    DateTimeUnit unit = TemporalValues.ParseUnit(units[row], ReturnType.Kind);
                    result.SetLocal(row, TemporalValues.Truncate(input.LocalMicros(row), unit), input.Zone(row));
                }
            }
            return result.Build();
        }
    }
}
