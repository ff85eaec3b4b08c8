using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("current_timestamp", Description = "The current timestamp with the session time zone, as of the start of the query.",
    Example = "current_timestamp = TIMESTAMP '2001-08-22 03:04:05.321 UTC'", Aliases = ["now"])]
internal sealed class CurrentTimestampFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("timestamp(3) with time zone")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : IScalarKernel
    {
        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            long instant = TemporalValues.Round(TemporalValues.StartMicros(context), TemporalValues.PrecisionUnit(((TimestampWithTimeZoneType)type).Precision));
            var value = new TimestampWithZone(instant, context.TimeZoneKey);
            return new ConstantVector(new FlatVector<TimestampWithZone>(type, [value]), rowCount);
        }
    }
}
