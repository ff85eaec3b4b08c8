using System.Text;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("from_base", Description = "The value of string read as a base-radix number.", Example = "from_base('ff', 16) = 255")]
internal sealed class FromBaseFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("bigint", "varchar(x)", "bigint")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel() : ScalarKernel(SqlType.BigInt)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader text = BytesReader.Of(arguments[0]);
            FixedReader<long> radixes = FixedReader<long>.Of(arguments[1]);
            var result = new FixedResult<long>(rowCount, NullMask.Union(arguments, rowCount));
            for (int row = 0; row < rowCount; row++)
            {
                if (result.IsNull(row))
                {
                    continue;
                }
                long radix = radixes[row];
                ToBaseFunction.CheckRadix(radix);
                ReadOnlySpan<byte> digits = text[row];
                if (!TryParse(digits, (int)radix, out long value))
                {
                    FunctionErrors.InvalidArgument($"Not a valid base-{radix} number: {Encoding.UTF8.GetString(digits)}");
                }
                result.Values[row] = value;
            }
            return result.Build(SqlType.BigInt);
        }

        private static bool TryParse(ReadOnlySpan<byte> digits, int radix, out long value)
        {
            value = 0;
            if (digits.IsEmpty)
            {
                return false;
            }
            bool negative = digits[0] == '-';
            if (digits[0] is (byte)'-' or (byte)'+')
            {
                digits = digits[1..];
                if (digits.IsEmpty)
                {
                    return false;
                }
            }
            // Accumulate negatively so that long.MinValue parses.
            long limit = negative ? long.MinValue : -long.MaxValue;
            long result = 0;
            foreach (byte b in digits)
            {
                int digit = b switch
                {
                    >= (byte)'0' and <= (byte)'9' => b - '0',
                    >= (byte)'a' and <= (byte)'z' => b - 'a' + 10,
                    >= (byte)'A' and <= (byte)'Z' => b - 'A' + 10,
                    _ => 99,
                };
                if (digit >= radix)
                {
                    return false;
                }
                if (result < (limit + digit) / radix)
                {
                    return false;
                }
                result = result * radix - digit;
            }
            value = negative ? result : -result;
            return true;
        }
    }
}
