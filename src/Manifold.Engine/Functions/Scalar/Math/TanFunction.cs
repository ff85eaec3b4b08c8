using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("tan", Description = "Tangent of x (radians).", Example = "tan(0.0) = 0.0")]
internal sealed class TanFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("double", "double")];

    public IScalarKernel Specialize(BoundFunction function) => new UnaryKernel<double, double, Operation>(SqlType.Double);

    private readonly struct Operation : IScalarUnaryOperation<double, double>
    {
        public static double Apply(double x) => System.Math.Tan(x);
    }
}
