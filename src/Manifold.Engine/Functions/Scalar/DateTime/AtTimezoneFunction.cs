using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("at_timezone", Description = "The same instant shown in another time zone (a plain timestamp is read in the session zone first).",
    Example = "at_timezone(TIMESTAMP '2012-10-31 01:00 UTC', 'America/Los_Angeles') = TIMESTAMP '2012-10-30 18:00 America/Los_Angeles'")]
internal sealed class AtTimezoneFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("timestamp(p) with time zone", "timestamp(p) with time zone", "varchar(x)"),
        FunctionSignature.Of("timestamp(p) with time zone", "timestamp(p)", "varchar(x)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ArgumentTypes[0], function.ReturnType);

    private sealed class Kernel(SqlType inputType, SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            var input = new TemporalReader(arguments[0], inputType);
            BytesReader zones = BytesReader.Of(arguments[1]);
            var result = new TemporalResult(ReturnType, rowCount, NullMask.Union(arguments, rowCount));
            bool plain = inputType.Kind == TypeKind.Timestamp;
            for (int row = 0; row < rowCount; row++)
            {
                if (!result.IsNull(row))
                {
                    long instant = plain ? TemporalValues.FromLocal(input.LocalMicros(row), context.TimeZoneKey) : input.Instant(row);
                    result.SetInstant(row, instant, TemporalValues.ZoneKey(zones[row]));
                }
            }
            return result.Build();
        }
    }
}
