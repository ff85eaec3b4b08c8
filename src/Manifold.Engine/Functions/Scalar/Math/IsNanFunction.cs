using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("is_nan", Description = "True when x is not-a-number.", Example = "is_nan(nan()) = true")]
internal sealed class IsNanFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("boolean", "double")];

    public IScalarKernel Specialize(BoundFunction function) => new UnaryKernel<double, bool, Operation>(SqlType.Boolean);

    private readonly struct Operation : IScalarUnaryOperation<double, bool>
    {
        public static bool Apply(double x) => double.IsNaN(x);
    }
}
