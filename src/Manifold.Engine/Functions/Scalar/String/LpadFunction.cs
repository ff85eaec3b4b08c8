using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("lpad", Description = "The string left-padded to size code points with repeats of padstring, or truncated to size.",
    Example = "lpad('ab', 5, 'xy') = 'xyxab'")]
internal sealed class LpadFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varchar", "varchar(x)", "bigint", "varchar(y)")];

    public IScalarKernel Specialize(BoundFunction function) => new PadKernel(function.ReturnType, padLeft: true);
}
