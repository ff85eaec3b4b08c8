using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("date_format", Description = "The timestamp formatted with a MySQL pattern.",
    Example = "date_format(TIMESTAMP '2022-10-20 05:10:00', '%m-%d-%Y %H') = '10-20-2022 05'")]
internal sealed class DateFormatFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar", "timestamp(p)", "varchar(x)"),
        FunctionSignature.Of("varchar", "timestamp(p) with time zone", "varchar(x)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFormatKernel(function.ArgumentTypes[0], TemporalFormatKernel.Style.MySql);
}
