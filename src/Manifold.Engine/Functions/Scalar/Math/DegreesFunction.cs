using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("degrees", Description = "Converts an angle in radians to degrees.", Example = "degrees(pi()) = 180.0")]
internal sealed class DegreesFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("double", "double")];

    public IScalarKernel Specialize(BoundFunction function) => new UnaryKernel<double, double, Operation>(SqlType.Double);

    private readonly struct Operation : IScalarUnaryOperation<double, double>
    {
        public static double Apply(double x) => x * 57.29577951308232;
    }
}
