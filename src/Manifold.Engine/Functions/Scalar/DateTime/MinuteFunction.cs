using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("minute", Description = "The minute of the hour of x.", Example = "minute(TIMESTAMP '2001-08-22 03:04:05.321') = 4")]
internal sealed class MinuteFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = TemporalFieldKernel.Signatures(date: false, time: true, yearMonth: false, dayTime: true);

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFieldKernel(TemporalField.Minute, function.ArgumentTypes[0]);
}
