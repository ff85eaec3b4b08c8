using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("format_datetime", Description = "The timestamp formatted with a Joda-Time pattern.",
    Example = "format_datetime(TIMESTAMP '2001-08-22 03:04:05.321', 'yyyy-MM-dd HH:mm') = '2001-08-22 03:04'")]
internal sealed class FormatDatetimeFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar", "timestamp(p)", "varchar(x)"),
        FunctionSignature.Of("varchar", "timestamp(p) with time zone", "varchar(x)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFormatKernel(function.ArgumentTypes[0], TemporalFormatKernel.Style.Joda);
}
