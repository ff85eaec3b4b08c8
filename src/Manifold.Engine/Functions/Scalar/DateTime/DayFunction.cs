using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("day", Description = "The day of the month of x.", Example = "day(DATE '2001-08-22') = 22", Aliases = ["day_of_month"])]
internal sealed class DayFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = TemporalFieldKernel.Signatures(date: true, time: false, yearMonth: false, dayTime: true);

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFieldKernel(TemporalField.Day, function.ArgumentTypes[0]);
}
