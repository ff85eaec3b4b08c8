using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("bitwise_xor", Description = "The bitwise XOR of x and y in two's complement.", Example = "bitwise_xor(19, 25) = 10")]
internal sealed class BitwiseXorFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("bigint", "bigint", "bigint")];

    public IScalarKernel Specialize(BoundFunction function) => new BinaryKernel<long, long, long, Operation>(SqlType.BigInt);

    private readonly struct Operation : IScalarBinaryOperation<long, long, long>
    {
        public static long Apply(long x, long y) => x ^ y;
    }
}
