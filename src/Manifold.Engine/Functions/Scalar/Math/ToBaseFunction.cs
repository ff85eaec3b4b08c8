using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("to_base", Description = "The base-radix representation of x (radix 2 to 36, lower-case digits).", Example = "to_base(255, 16) = 'ff'")]
internal sealed class ToBaseFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varchar(64)", "bigint", "bigint")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    internal static void CheckRadix(long radix)
    {
        if (radix is < 2 or > 36)
        {
            FunctionErrors.InvalidArgument("Radix must be between 2 and 36");
        }
    }

    private sealed class Kernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            FixedReader<long> values = FixedReader<long>.Of(arguments[0]);
            FixedReader<long> radixes = FixedReader<long>.Of(arguments[1]);
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new BytesVectorBuilder(ReturnType, rowCount, rowCount * 8);
            Span<byte> buffer = stackalloc byte[65];
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                long radix = radixes[row];
                CheckRadix(radix);
                long value = values[row];
                int position = buffer.Length;
                // Work with negative numbers so that long.MinValue needs no special case.
                long rest = value > 0 ? -value : value;
                do
                {
                    int digit = (int)-(rest % radix);
                    buffer[--position] = (byte)(digit < 10 ? '0' + digit : 'a' + digit - 10);
                    rest /= radix;
                }
                while (rest != 0);
                if (value < 0)
                {
                    buffer[--position] = (byte)'-';
                }
                output.Append(buffer[position..]);
            }
            return output.Build();
        }
    }
}
