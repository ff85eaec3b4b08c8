using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("exp", Description = "Euler's number raised to the power of x.", Example = "exp(1.0) = 2.718281828459045")]
internal sealed class ExpFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("double", "double")];

    public IScalarKernel Specialize(BoundFunction function) => new UnaryKernel<double, double, Operation>(SqlType.Double);

    private readonly struct Operation : IScalarUnaryOperation<double, double>
    {
        public static double Apply(double x) => System.Math.Exp(x);
    }
}
