using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("date_parse", Description = "The timestamp parsed with a MySQL pattern.",
    Example = "date_parse('2022/10/20/05', '%Y/%m/%d/%H') = TIMESTAMP '2022-10-20 05:00:00.000'")]
internal sealed class DateParseFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("timestamp(3)", "varchar(x)", "varchar(y)")];

    public IScalarKernel Specialize(BoundFunction function) => new TemporalParseKernel(function.ReturnType, TemporalFormatKernel.Style.MySql);
}
