using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("day_of_year", Description = "The day of the year of x, 1 to 366.", Example = "day_of_year(DATE '2001-08-22') = 234", Aliases = ["doy"])]
internal sealed class DayOfYearFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = TemporalFieldKernel.Signatures(date: true, time: false, yearMonth: false, dayTime: false);

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFieldKernel(TemporalField.DayOfYear, function.ArgumentTypes[0]);
}
