using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("bitwise_not", Description = "The bitwise NOT of x in two's complement.", Example = "bitwise_not(-12) = 11")]
internal sealed class BitwiseNotFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("bigint", "bigint")];

    public IScalarKernel Specialize(BoundFunction function) => new UnaryKernel<long, long, Operation>(SqlType.BigInt);

    private readonly struct Operation : IScalarUnaryOperation<long, long>
    {
        public static long Apply(long x) => ~x;
    }
}
