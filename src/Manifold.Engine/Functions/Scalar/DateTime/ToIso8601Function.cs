using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("to_iso8601", Description = "x as an ISO 8601 string.", Example = "to_iso8601(TIMESTAMP '2020-05-11 11:15:05.055 +01:00') = '2020-05-11T11:15:05.055+01:00'")]
internal sealed class ToIso8601Function : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar", "date"),
        FunctionSignature.Of("varchar", "timestamp(p)"),
        FunctionSignature.Of("varchar", "timestamp(p) with time zone"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new TemporalFormatKernel(function.ArgumentTypes[0], TemporalFormatKernel.Style.Iso);
}
