using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("second", Description = "The second of the minute of x.", Example = "second(TIMESTAMP '2001-08-22 03:04:05.321') = 5")]
internal sealed class SecondFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = TemporalFieldKernel.Signatures(date: false, time: true, yearMonth: false, dayTime: true);

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFieldKernel(TemporalField.Second, function.ArgumentTypes[0]);
}
