using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("is_infinite", Description = "True when x is positive or negative infinity.", Example = "is_infinite(infinity()) = true")]
internal sealed class IsInfiniteFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("boolean", "double")];

    public IScalarKernel Specialize(BoundFunction function) => new UnaryKernel<double, bool, Operation>(SqlType.Boolean);

    private readonly struct Operation : IScalarUnaryOperation<double, bool>
    {
        public static bool Apply(double x) => double.IsInfinity(x);
    }
}
