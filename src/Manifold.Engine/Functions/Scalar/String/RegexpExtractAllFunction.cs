using System.Text.RegularExpressions;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("regexp_extract_all", Description = "Every match of the pattern in the string, or its group-th group of each match.",
    Example = "regexp_extract_all('1a 2b 14m', '\\d+') = ARRAY['1', '2', '14']")]
internal sealed class RegexpExtractAllFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("array(varchar(x))", "varchar(x)", "varchar(y)"),
        FunctionSignature.Of("array(varchar(x))", "varchar(x)", "varchar(y)", "bigint"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : RegexKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader text = BytesReader.Of(arguments[0]);
            PatternSource patterns = Patterns(arguments[1]);
            bool hasGroup = arguments.Count > 2;
            FixedReader<long> groups = hasGroup ? FixedReader<long>.Of(arguments[2]) : default;
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new ArrayVectorBuilder((ArrayType)ReturnType, rowCount);
            var elements = (BytesVectorBuilder)output.Elements;
            var scratch = new Utf8Scratch();
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                Regex regex = patterns[row];
                long group = hasGroup ? groups[row] : 0;
                CheckGroup(regex, group);
                for (Match match = regex.Match(text.GetString(row)); match.Success; match = match.NextMatch())
                {
                    Group found = match.Groups[(int)group];
                    if (found.Success)
                    {
                        Append(elements, found.ValueSpan, scratch);
                    }
                    else
                    {
                        elements.AppendNull();
                    }
                }
                output.CloseEntry();
            }
            return output.Build();
        }
    }
}
