using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("hamming_distance", Description = "The number of positions at which two strings of equal length differ.",
    Example = "hamming_distance('abcde', 'abxyz') = 3")]
internal sealed class HammingDistanceFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("bigint", "varchar(x)", "varchar(y)")];

    public IScalarKernel Specialize(BoundFunction function) => new BytesPairToFixedKernel<long, Operation>(SqlType.BigInt);

    private readonly struct Operation : IBytesPairToFixed<long>
    {
        public static long Apply(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
        {
            long distance = 0;
            int l = 0;
            int r = 0;
            while (l < left.Length && r < right.Length)
            {
                int a = Utf8CodePoints.DecodeCodePoint(left[l..], out int leftLength);
                int b = Utf8CodePoints.DecodeCodePoint(right[r..], out int rightLength);
                if (a != b)
                {
                    distance++;
                }
                l += leftLength;
                r += rightLength;
            }
            if (l < left.Length || r < right.Length)
            {
                FunctionErrors.InvalidArgument("The input strings to hamming_distance function must have the same length");
            }
            return distance;
        }
    }
}
