using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("year_of_week", Description = "The year of the ISO week of x.", Example = "year_of_week(DATE '2005-01-02') = 2004", Aliases = ["yow"])]
internal sealed class YearOfWeekFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = TemporalFieldKernel.Signatures(date: true, time: false, yearMonth: false, dayTime: false);

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFieldKernel(TemporalField.YearOfWeek, function.ArgumentTypes[0]);
}
