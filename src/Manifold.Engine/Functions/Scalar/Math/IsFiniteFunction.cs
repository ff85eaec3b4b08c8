using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("is_finite", Description = "True when x is neither infinite nor not-a-number.", Example = "is_finite(1.0) = true")]
internal sealed class IsFiniteFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("boolean", "double")];

    public IScalarKernel Specialize(BoundFunction function) => new UnaryKernel<double, bool, Operation>(SqlType.Boolean);

    private readonly struct Operation : IScalarUnaryOperation<double, bool>
    {
        public static bool Apply(double x) => double.IsFinite(x);
    }
}
