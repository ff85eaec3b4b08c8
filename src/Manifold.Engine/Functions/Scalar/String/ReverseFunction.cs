using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("reverse", Description = "The string with its code points in reverse order, a binary value with its bytes reversed, or an array reversed.",
    Example = "reverse('abc') = 'cba'")]
internal sealed class ReverseFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar(x)", "varchar(x)"),
        FunctionSignature.Of("varbinary", "varbinary"),
        FunctionSignature.Generic([TypeVariable.T], "array(T)", "array(T)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => function.ArgumentTypes[0].Kind switch
    {
        TypeKind.Varbinary => new BytesTransformKernel<ReverseBytes>(function.ReturnType),
        TypeKind.Array => new ArrayKernel(function.ReturnType),
        _ => new BytesTransformKernel<ReverseCodePoints>(function.ReturnType),
    };

    private readonly struct ReverseBytes : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch)
        {
            Span<byte> output = scratch.Get(input.Length)[..input.Length];
            input.CopyTo(output);
            output.Reverse();
            return output;
        }
    }

    private readonly struct ReverseCodePoints : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch)
        {
            Span<byte> output = scratch.Get(input.Length)[..input.Length];
            int offset = 0;
            while (offset < input.Length)
            {
                int length = Utf8CodePoints.CodePointLength(input[offset..]);
                input.Slice(offset, length).CopyTo(output[(input.Length - offset - length)..]);
                offset += length;
            }
            return output;
        }
    }

    private sealed class ArrayKernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            ArrayReader arrays = ArrayReader.Of(arguments[0]);
            var output = new ArrayVectorBuilder((ArrayType)ReturnType, rowCount);
            for (int row = 0; row < rowCount; row++)
            {
                if (arrays.IsNull(row))
                {
                    output.AppendNull();
                    continue;
                }
                int start = arrays.Start(row);
                for (int i = arrays.Length(row) - 1; i >= 0; i--)
                {
                    output.Elements.AppendFrom(arrays.Elements, start + i);
                }
                output.CloseEntry();
            }
            return output.Build();
        }
    }
}
