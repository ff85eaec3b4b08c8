using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("week", Description = "The ISO week of the year of x, 1 to 53.", Example = "week(DATE '2001-08-22') = 34", Aliases = ["week_of_year"])]
internal sealed class WeekFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = TemporalFieldKernel.Signatures(date: true, time: false, yearMonth: false, dayTime: false);

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFieldKernel(TemporalField.Week, function.ArgumentTypes[0]);
}
