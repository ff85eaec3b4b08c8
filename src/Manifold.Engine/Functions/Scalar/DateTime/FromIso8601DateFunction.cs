using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("from_iso8601_date", Description = "The date of an ISO 8601 calendar, week or ordinal date string.",
    Example = "from_iso8601_date('2020-W10') = DATE '2020-03-02'")]
internal sealed class FromIso8601DateFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("date", "varchar(x)")];

    public IScalarKernel Specialize(BoundFunction function) => new TemporalParseKernel(function.ReturnType, TemporalFormatKernel.Style.Iso);
}
