using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("asin", Description = "Arc sine of x.", Example = "asin(0.0) = 0.0")]
internal sealed class AsinFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("double", "double")];

    public IScalarKernel Specialize(BoundFunction function) => new UnaryKernel<double, double, Operation>(SqlType.Double);

    private readonly struct Operation : IScalarUnaryOperation<double, double>
    {
        public static double Apply(double x) => System.Math.Asin(x);
    }
}
