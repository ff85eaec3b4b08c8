using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("year", Description = "The year of x.", Example = "year(DATE '2001-08-22') = 2001")]
internal sealed class YearFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = TemporalFieldKernel.Signatures(date: true, time: false, yearMonth: true, dayTime: false);

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFieldKernel(TemporalField.Year, function.ArgumentTypes[0]);
}
