using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("e", Description = "Euler's number.", Example = "e() = 2.718281828459045")]
internal sealed class EFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("double")];

    public IScalarKernel Specialize(BoundFunction function) => new ConstantKernel();

    private sealed class ConstantKernel : IScalarKernel
    {
        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
            => new ConstantVector(new FlatVector<double>(SqlType.Double, [System.Math.E]), rowCount);
    }
}
