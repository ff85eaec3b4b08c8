using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("millisecond", Description = "The millisecond of the second of x.", Example = "millisecond(TIMESTAMP '2001-08-22 03:04:05.321') = 321")]
internal sealed class MillisecondFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = TemporalFieldKernel.Signatures(date: false, time: true, yearMonth: false, dayTime: true);

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFieldKernel(TemporalField.Millisecond, function.ArgumentTypes[0]);
}
