using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("timezone_hour", Description = "The hour part of the zone offset of x.", Example = "timezone_hour(TIMESTAMP '2001-08-22 03:04:05 +05:30') = 5")]
internal sealed class TimezoneHourFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("bigint", "timestamp(p) with time zone")];

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFieldKernel(TemporalField.TimezoneHour, function.ArgumentTypes[0]);
}
