using System.Buffers;
using System.Text;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("from_utf8", Description = "The string decoded from UTF-8; invalid sequences become U+FFFD or the given replacement.",
    Example = "from_utf8(X'C3A9') = 'é'")]
internal sealed class FromUtf8Function : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar", "varbinary"),
        FunctionSignature.Of("varchar", "varbinary", "bigint"),
        FunctionSignature.Of("varchar", "varbinary", "varchar(x)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ArgumentTypes.Count > 1 ? function.ArgumentTypes[1].Kind : TypeKind.Unknown);

    private sealed class Kernel(TypeKind replacementKind) : ScalarKernel(SqlType.Varchar)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader input = BytesReader.Of(arguments[0]);
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new BytesVectorBuilder(ReturnType, rowCount);
            var scratch = new Utf8Scratch();
            Span<byte> replacement = stackalloc byte[4];
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                int replacementLength = Replacement(arguments, row, replacement);
                ReadOnlySpan<byte> value = input[row];
                if (System.Text.Unicode.Utf8.IsValid(value))
                {
                    output.Append(value);
                    continue;
                }
                Span<byte> buffer = scratch.Get(value.Length * 4);
                int written = 0;
                int offset = 0;
                while (offset < value.Length)
                {
                    OperationStatus status = Rune.DecodeFromUtf8(value[offset..], out _, out int length);
                    if (status == OperationStatus.Done)
                    {
                        value.Slice(offset, length).CopyTo(buffer[written..]);
                        written += length;
                    }
                    else
                    {
                        replacement[..replacementLength].CopyTo(buffer[written..]);
                        written += replacementLength;
                    }
                    offset += System.Math.Max(length, 1);
                }
                output.Append(buffer[..written]);
            }
            return output.Build();
        }

        private int Replacement(IReadOnlyList<Vector> arguments, int row, Span<byte> buffer)
        {
            switch (replacementKind)
            {
                case TypeKind.BigInt:
                {
                    long codePoint = IntegerValues.Read(arguments[1], row);
                    if (codePoint is < 0 or > 0x10FFFF || !Rune.IsValid((int)codePoint))
                    {
                        FunctionErrors.InvalidArgument($"Invalid replacement character: {codePoint}");
                    }
                    return new Rune((int)codePoint).EncodeToUtf8(buffer);
                }
                case TypeKind.Varchar:
                {
                    ReadOnlySpan<byte> text = BytesReader.Of(arguments[1])[row];
                    if (text.Length > 0 && Utf8CodePoints.CodePointLength(text) != text.Length)
                    {
                        FunctionErrors.InvalidArgument("Replacement character string must empty or a single character");
                    }
                    text.CopyTo(buffer);
                    return text.Length;
                }
                default:
                    return new Rune(0xFFFD).EncodeToUtf8(buffer);
            }
        }
    }
}
