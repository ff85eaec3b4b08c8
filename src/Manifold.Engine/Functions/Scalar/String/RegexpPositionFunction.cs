using System.Text.RegularExpressions;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("regexp_position", Description = "The position (from 1, in code points) of the occurrence-th match at or after start; -1 when there is none.",
    Example = "regexp_position('I have 23 apples, 5 pears', '\\d', 5) = 8")]
internal sealed class RegexpPositionFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("integer", "varchar(x)", "varchar(y)"),
        FunctionSignature.Of("integer", "varchar(x)", "varchar(y)", "bigint"),
        FunctionSignature.Of("integer", "varchar(x)", "varchar(y)", "bigint", "bigint"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel() : RegexKernel(SqlType.Integer)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader text = BytesReader.Of(arguments[0]);
            PatternSource patterns = Patterns(arguments[1]);
            FixedReader<long> starts = arguments.Count > 2 ? FixedReader<long>.Of(arguments[2]) : default;
            FixedReader<long> occurrences = arguments.Count > 3 ? FixedReader<long>.Of(arguments[3]) : default;
            var result = new FixedResult<int>(rowCount, NullMask.Union(arguments, rowCount));
            char[] buffer = new char[256];
            for (int row = 0; row < rowCount; row++)
            {
                if (result.IsNull(row))
                {
                    continue;
                }
                long start = arguments.Count > 2 ? starts[row] : 1;
                long occurrence = arguments.Count > 3 ? occurrences[row] : 1;
                if (start < 1)
                {
                    FunctionErrors.InvalidArgument("start position cannot be smaller than 1");
                }
                if (occurrence < 1)
                {
                    FunctionErrors.InvalidArgument("occurrence cannot be smaller than 1");
                }
                ReadOnlySpan<char> value = Decode(text[row], ref buffer);
                int startChar = CharIndexOfCodePoint(value, start - 1);
                result.Values[row] = -1;
                if (startChar > value.Length)
                {
                    continue;
                }
                long seen = 0;
                foreach (ValueMatch match in patterns[row].EnumerateMatches(value, startChar))
                {
                    if (++seen == occurrence)
                    {
                        result.Values[row] = CountCodePoints(value[..match.Index]) + 1;
                        break;
                    }
                }
            }
            return result.Build(SqlType.Integer);
        }

        private static int CharIndexOfCodePoint(ReadOnlySpan<char> text, long codePoint)
        {
            int index = 0;
            for (long i = 0; i < codePoint; i++)
            {
                if (index >= text.Length)
                {
                    return text.Length + 1;
                }
                index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
            }
            return index;
        }
    }
}
