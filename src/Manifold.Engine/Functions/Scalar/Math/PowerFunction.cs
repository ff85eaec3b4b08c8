using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("power", Description = "x raised to the power of p.", Example = "power(2.0, 10.0) = 1024.0", Aliases = ["pow"])]
internal sealed class PowerFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("double", "double", "double")];

    public IScalarKernel Specialize(BoundFunction function) => new BinaryKernel<double, double, double, Operation>(SqlType.Double);

    private readonly struct Operation : IScalarBinaryOperation<double, double, double>
    {
        public static double Apply(double x, double y) => System.Math.Pow(x, y);
    }
}
