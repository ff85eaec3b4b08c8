using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("timezone_minute", Description = "The minute part of the zone offset of x.", Example = "timezone_minute(TIMESTAMP '2001-08-22 03:04:05 +05:30') = 30")]
internal sealed class TimezoneMinuteFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("bigint", "timestamp(p) with time zone")];

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFieldKernel(TemporalField.TimezoneMinute, function.ArgumentTypes[0]);
}
