using System.Text;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("chr", Description = "The character with the given Unicode code point.", Example = "chr(65) = 'A'")]
internal sealed class ChrFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varchar(1)", "bigint")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function);

    private sealed class Kernel(BoundFunction function) : ScalarKernel(function.ReturnType)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            FixedReader<long> codePoints = FixedReader<long>.Of(arguments[0]);
            var output = new BytesVectorBuilder(ReturnType, rowCount, rowCount * 2);
            Span<byte> buffer = stackalloc byte[4];
            for (int row = 0; row < rowCount; row++)
            {
                if (codePoints.IsNull(row))
                {
                    output.AppendNull();
                    continue;
                }
                long codePoint = codePoints[row];
                if (codePoint is < 0 or > 0x10FFFF || !Rune.IsValid((int)codePoint))
                {
                    FunctionErrors.InvalidArgument($"Not a valid Unicode code point: {codePoint}");
                }
                output.Append(buffer[..new Rune((int)codePoint).EncodeToUtf8(buffer)]);
            }
            return output.Build();
        }
    }
}
