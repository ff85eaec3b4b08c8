using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("day_of_week", Description = "The ISO day of the week of x, 1 (Monday) to 7 (Sunday).", Example = "day_of_week(DATE '2001-08-22') = 3", Aliases = ["dow"])]
internal sealed class DayOfWeekFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = TemporalFieldKernel.Signatures(date: true, time: false, yearMonth: false, dayTime: false);

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFieldKernel(TemporalField.DayOfWeek, function.ArgumentTypes[0]);
}
