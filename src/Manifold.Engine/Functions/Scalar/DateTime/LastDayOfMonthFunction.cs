using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("last_day_of_month", Description = "The last day of the month of x.", Example = "last_day_of_month(DATE '2020-02-10') = DATE '2020-02-29'")]
internal sealed class LastDayOfMonthFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("date", "date"),
        FunctionSignature.Of("date", "timestamp(p)"),
        FunctionSignature.Of("date", "timestamp(p) with time zone"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ArgumentTypes[0]);

    private sealed class Kernel(SqlType inputType) : ScalarKernel(SqlType.Date)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            var input = new TemporalReader(arguments[0], inputType);
            var result = new FixedResult<int>(rowCount, NullMask.Of(arguments[0], rowCount));
            for (int row = 0; row < rowCount; row++)
            {
                if (!result.IsNull(row))
                {
                    CivilTime.ToCivil(CivilTime.FloorDiv(input.LocalMicros(row), CivilTime.MicrosPerDay), out long year, out int month, out _);
                    result.Values[row] = (int)CivilTime.ToDays(year, month, CivilTime.DaysInMonth(year, month));
                }
            }
            return result.Build(SqlType.Date);
        }
    }
}
