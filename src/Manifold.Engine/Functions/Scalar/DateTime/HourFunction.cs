using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("hour", Description = "The hour of the day of x, 0 to 23.", Example = "hour(TIMESTAMP '2001-08-22 03:04:05.321') = 3")]
internal sealed class HourFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = TemporalFieldKernel.Signatures(date: false, time: true, yearMonth: false, dayTime: true);

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFieldKernel(TemporalField.Hour, function.ArgumentTypes[0]);
}
