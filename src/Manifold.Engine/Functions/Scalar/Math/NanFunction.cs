using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("nan", Description = "The not-a-number value.", Example = "is_nan(nan()) = true")]
internal sealed class NanFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("double")];

    public IScalarKernel Specialize(BoundFunction function) => new ConstantKernel();

    private sealed class ConstantKernel : IScalarKernel
    {
        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
            => new ConstantVector(new FlatVector<double>(SqlType.Double, [double.NaN]), rowCount);
    }
}
