using System.Text.RegularExpressions;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("regexp_replace", Description = "The string with every match of the pattern removed, or replaced by replacement ($1 and ${name} refer to groups).",
    Example = "regexp_replace('1a 2b 14m', '(\\d+)([ab]) ', '3c$2 ') = '3ca 3cb 14m'")]
internal sealed class RegexpReplaceFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar(x)", "varchar(x)", "varchar(y)"),
        FunctionSignature.Of("varchar", "varchar(x)", "varchar(y)", "varchar(z)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : RegexKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader text = BytesReader.Of(arguments[0]);
            PatternSource patterns = Patterns(arguments[1]);
            bool hasReplacement = arguments.Count > 2;
            BytesReader replacements = hasReplacement ? BytesReader.Of(arguments[2]) : default;
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new BytesVectorBuilder(ReturnType, rowCount);
            var scratch = new Utf8Scratch();
            string? lastReplacement = null;
            Regex? lastRegex = null;
            string translated = "";
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                Regex regex = patterns[row];
                string replacement = hasReplacement ? replacements.GetString(row) : "";
                if (!ReferenceEquals(regex, lastRegex) || replacement != lastReplacement)
                {
                    translated = JavaRegex.TranslateReplacement(replacement, regex);
                    lastRegex = regex;
                    lastReplacement = replacement;
                }
                Append(output, regex.Replace(text.GetString(row), translated), scratch);
            }
            return output.Build();
        }
    }
}
