using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("quarter", Description = "The quarter of the year of x, 1 to 4.", Example = "quarter(DATE '2001-08-22') = 3")]
internal sealed class QuarterFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = TemporalFieldKernel.Signatures(date: true, time: false, yearMonth: false, dayTime: false);

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFieldKernel(TemporalField.Quarter, function.ArgumentTypes[0]);
}
