using System.Text.RegularExpressions;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("regexp_split", Description = "The parts of the string between matches of the pattern; trailing empty parts are kept.",
    Example = "regexp_split('1a 2b 14m', '\\s*[a-z]+\\s*') = ARRAY['1', '2', '14', '']")]
internal sealed class RegexpSplitFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("array(varchar(x))", "varchar(x)", "varchar(y)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : RegexKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader text = BytesReader.Of(arguments[0]);
            PatternSource patterns = Patterns(arguments[1]);
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new ArrayVectorBuilder((ArrayType)ReturnType, rowCount);
            var elements = (BytesVectorBuilder)output.Elements;
            var scratch = new Utf8Scratch();
            char[] buffer = new char[256];
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                ReadOnlySpan<char> value = Decode(text[row], ref buffer);
                int last = 0;
                foreach (ValueMatch match in patterns[row].EnumerateMatches(value))
                {
                    if (match.Length == 0 && (match.Index == 0 || match.Index == value.Length))
                    {
                        continue;
                    }
                    Append(elements, value[last..match.Index], scratch);
                    last = match.Index + match.Length;
                }
                Append(elements, value[last..], scratch);
                output.CloseEntry();
            }
            return output.Build();
        }
    }
}
