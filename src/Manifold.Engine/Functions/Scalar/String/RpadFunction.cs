using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("rpad", Description = "The string right-padded to size code points with repeats of padstring, or truncated to size.",
    Example = "rpad('ab', 5, 'xy') = 'abxyx'")]
internal sealed class RpadFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varchar", "varchar(x)", "bigint", "varchar(y)")];

    public IScalarKernel Specialize(BoundFunction function) => new PadKernel(function.ReturnType, padLeft: false);
}
