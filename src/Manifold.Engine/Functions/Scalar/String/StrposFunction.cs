using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("strpos", Description = "The position (from 1, in code points) of the first, or the instance-th, occurrence of substring; 0 when absent. A negative instance counts from the end.",
    Example = "strpos('high', 'ig') = 2")]
internal sealed class StrposFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("bigint", "varchar(x)", "varchar(y)"),
        FunctionSignature.Of("bigint", "varchar(x)", "varchar(y)", "bigint"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel() : ScalarKernel(SqlType.BigInt)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader text = BytesReader.Of(arguments[0]);
            BytesReader substrings = BytesReader.Of(arguments[1]);
            bool hasInstance = arguments.Count > 2;
            FixedReader<long> instances = hasInstance ? FixedReader<long>.Of(arguments[2]) : default;
            var result = new FixedResult<long>(rowCount, NullMask.Union(arguments, rowCount));
            for (int row = 0; row < rowCount; row++)
            {
                if (result.IsNull(row))
                {
                    continue;
                }
                long instance = hasInstance ? instances[row] : 1;
                if (instance == 0)
                {
                    FunctionErrors.InvalidArgument("'instance' must be a positive or negative number");
                }
                result.Values[row] = Position(text[row], substrings[row], instance);
            }
            return result.Build(SqlType.BigInt);
        }

        private static long Position(ReadOnlySpan<byte> value, ReadOnlySpan<byte> substring, long instance)
        {
            if (substring.IsEmpty)
            {
                return 1;
            }
            int found = -1;
            if (instance > 0)
            {
                for (long i = 0; i < instance; i++)
                {
                    found = Utf8CodePoints.IndexOf(value, substring, found + 1);
                    if (found < 0)
                    {
                        return 0;
                    }
                }
            }
            else
            {
                int end = value.Length;
                for (long i = 0; i > instance; i--)
                {
                    found = end <= 0 ? -1 : value[..System.Math.Min(value.Length, end + substring.Length - 1)].LastIndexOf(substring);
                    if (found < 0)
                    {
                        return 0;
                    }
                    end = found;
                }
            }
            return Utf8CodePoints.CountCodePoints(value[..found]) + 1;
        }
    }
}
