using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("log", Description = "Base b logarithm of x.", Example = "log(2.0, 8.0) = 3.0")]
internal sealed class LogFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("double", "double", "double")];

    public IScalarKernel Specialize(BoundFunction function) => new BinaryKernel<double, double, double, Operation>(SqlType.Double);

    private readonly struct Operation : IScalarBinaryOperation<double, double, double>
    {
        public static double Apply(double x, double y) => System.Math.Log(y) / System.Math.Log(x);
    }
}
