using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>lpad and rpad over code points.</summary>
internal sealed class PadKernel(SqlType returnType, bool padLeft) : ScalarKernel(returnType)
{
    protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        BytesReader text = BytesReader.Of(arguments[0]);
        FixedReader<long> sizes = FixedReader<long>.Of(arguments[1]);
        BytesReader pads = BytesReader.Of(arguments[2]);
        ulong[]? nulls = NullMask.Union(arguments, rowCount);
        var output = new BytesVectorBuilder(ReturnType, rowCount);
        var scratch = new Utf8Scratch();
        for (int row = 0; row < rowCount; row++)
        {
            if (NullMask.IsSet(nulls, row))
            {
                output.AppendNull();
                continue;
            }
            long size = sizes[row];
            if (size is < 0 or > int.MaxValue)
            {
                FunctionErrors.InvalidArgument("Target length must be in the range [0.." + int.MaxValue + "]");
            }
            ReadOnlySpan<byte> value = text[row];
            ReadOnlySpan<byte> pad = pads[row];
            int length = Utf8CodePoints.CountCodePoints(value);
            if (length >= size)
            {
                output.Append(value[..Utf8CodePoints.OffsetOfCodePoint(value, (int)size)]);
                continue;
            }
            if (pad.IsEmpty)
            {
                FunctionErrors.InvalidArgument("Padding string must not be empty");
            }
            int padLength = Utf8CodePoints.CountCodePoints(pad);
            int missing = (int)size - length;
            int fullRepeats = missing / padLength;
            int partial = Utf8CodePoints.OffsetOfCodePoint(pad, missing % padLength);
            int total = value.Length + fullRepeats * pad.Length + partial;
            if (total > 1 << 30)
            {
                FunctionErrors.InvalidArgument("Padded string is too large");
            }
            Span<byte> buffer = scratch.Get(total);
            int written = 0;
            if (!padLeft)
            {
                value.CopyTo(buffer);
                written = value.Length;
            }
            for (int i = 0; i < fullRepeats; i++)
            {
                pad.CopyTo(buffer[written..]);
                written += pad.Length;
            }
            pad[..partial].CopyTo(buffer[written..]);
            written += partial;
            if (padLeft)
            {
                value.CopyTo(buffer[written..]);
                written += value.Length;
            }
            output.Append(buffer[..written]);
        }
        return output.Build();
    }
}
