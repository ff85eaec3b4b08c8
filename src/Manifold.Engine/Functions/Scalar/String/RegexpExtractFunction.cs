using System.Text.RegularExpressions;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("regexp_extract", Description = "The first match of the pattern in the string, or of its group-th group; NULL when nothing matches.",
    Example = "regexp_extract('1a 2b 14m', '(\\d+)([a-z]+)', 2) = 'a'")]
internal sealed class RegexpExtractFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar(x)", "varchar(x)", "varchar(y)"),
        FunctionSignature.Of("varchar(x)", "varchar(x)", "varchar(y)", "bigint"),
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
            var output = new BytesVectorBuilder(ReturnType, rowCount);
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
                Match match = regex.Match(text.GetString(row));
                Group found = match.Groups[(int)group];
                if (!match.Success || !found.Success)
                {
                    output.AppendNull();
                }
                else
                {
                    Append(output, found.ValueSpan, scratch);
                }
            }
            return output.Build();
        }
    }
}
