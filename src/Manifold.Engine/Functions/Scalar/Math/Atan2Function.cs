using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("atan2", Description = "Arc tangent of y / x, using the signs of both to pick the quadrant.", Example = "atan2(1.0, 1.0) = 0.7853981633974483")]
internal sealed class Atan2Function : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("double", "double", "double")];

    public IScalarKernel Specialize(BoundFunction function) => new BinaryKernel<double, double, double, Operation>(SqlType.Double);

    private readonly struct Operation : IScalarBinaryOperation<double, double, double>
    {
        public static double Apply(double x, double y) => System.Math.Atan2(x, y);
    }
}
