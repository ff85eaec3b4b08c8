using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("cbrt", Description = "Cube root of x.", Example = "cbrt(27.0) = 3.0")]
internal sealed class CbrtFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("double", "double")];

    public IScalarKernel Specialize(BoundFunction function) => new UnaryKernel<double, double, Operation>(SqlType.Double);

    private readonly struct Operation : IScalarUnaryOperation<double, double>
    {
        public static double Apply(double x)
        {
            double y = System.Math.Cbrt(x);
            // One Newton step: the runtime's cbrt can be an ulp off (cbrt(27) = 3.0000000000000004), Java's is not.
            return double.IsFinite(y) && y != 0 ? y - (y * y * y - x) / (3 * y * y) : y;
        }
    }
}
