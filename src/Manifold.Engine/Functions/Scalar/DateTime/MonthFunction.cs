using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("month", Description = "The month of the year of x.", Example = "month(DATE '2001-08-22') = 8")]
internal sealed class MonthFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = TemporalFieldKernel.Signatures(date: true, time: false, yearMonth: true, dayTime: false);

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFieldKernel(TemporalField.Month, function.ArgumentTypes[0]);
}
