using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("starts_with", Description = "True when the string starts with the prefix.", Example = "starts_with('abc', 'ab') = true")]
internal sealed class StartsWithFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("boolean", "varchar(x)", "varchar(y)")];

    public IScalarKernel Specialize(BoundFunction function) => new BytesPairToFixedKernel<bool, Operation>(SqlType.Boolean);

    private readonly struct Operation : IBytesPairToFixed<bool>
    {
        public static bool Apply(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) => left.StartsWith(right);
    }
}
