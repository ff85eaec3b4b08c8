using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("length", Description = "The length of a string in code points, or of a binary value in bytes.", Example = "length('héllo') = 5")]
internal sealed class LengthFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("bigint", "varchar(x)"),
        FunctionSignature.Of("bigint", "varbinary"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => function.ArgumentTypes[0].Kind == TypeKind.Varbinary
        ? new BytesToFixedKernel<long, ByteLength>(SqlType.BigInt)
        : new BytesToFixedKernel<long, CodePointLength>(SqlType.BigInt);

    private readonly struct CodePointLength : IBytesToFixed<long>
    {
        public static long Apply(ReadOnlySpan<byte> input) => Utf8CodePoints.CountCodePoints(input);
    }

    private readonly struct ByteLength : IBytesToFixed<long>
    {
        public static long Apply(ReadOnlySpan<byte> input) => input.Length;
    }
}
