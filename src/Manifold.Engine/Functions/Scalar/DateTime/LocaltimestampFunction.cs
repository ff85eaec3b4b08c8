using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("localtimestamp", Description = "The current wall-clock timestamp in the session time zone, as of the start of the query.",
    Example = "localtimestamp = TIMESTAMP '2001-08-22 03:04:05.321'")]
internal sealed class LocaltimestampFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("timestamp(3)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : IScalarKernel
    {
        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            long local = TemporalValues.ToLocal(TemporalValues.StartMicros(context), context.TimeZoneKey);
            local = TemporalValues.Round(local, TemporalValues.PrecisionUnit(((TimestampType)type).Precision));
            return new ConstantVector(new FlatVector<long>(type, [local]), rowCount);
        }
    }
}
