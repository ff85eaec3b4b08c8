using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("to_unixtime", Description = "The UNIX time in seconds (with fraction) of a timestamp with time zone.",
    Example = "to_unixtime(TIMESTAMP '1970-01-01 00:00:01.500 UTC') = 1.5")]
internal sealed class ToUnixtimeFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("double", "timestamp(p) with time zone")];

    public IScalarKernel Specialize(BoundFunction function) => new UnaryKernel<TimestampWithZone, double, Operation>(SqlType.Double);

    private readonly struct Operation : IScalarUnaryOperation<TimestampWithZone, double>
    {
        public static double Apply(TimestampWithZone value) => value.EpochMicros / 1_000_000.0;
    }
}
