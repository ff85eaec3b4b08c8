using System.Text.RegularExpressions;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("regexp_count", Description = "The number of matches of the pattern in the string.", Example = "regexp_count('1a 2b 14m', '\\s*[a-z]+\\s*') = 3")]
internal sealed class RegexpCountFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("bigint", "varchar(x)", "varchar(y)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel() : RegexKernel(SqlType.BigInt)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader text = BytesReader.Of(arguments[0]);
            PatternSource patterns = Patterns(arguments[1]);
            var result = new FixedResult<long>(rowCount, NullMask.Union(arguments, rowCount));
            char[] buffer = new char[256];
            for (int row = 0; row < rowCount; row++)
            {
                if (result.IsNull(row))
                {
                    continue;
                }
                long count = 0;
                foreach (ValueMatch _ in patterns[row].EnumerateMatches(Decode(text[row], ref buffer)))
                {
                    count++;
                }
                result.Values[row] = count;
            }
            return result.Build(SqlType.BigInt);
        }
    }
}
