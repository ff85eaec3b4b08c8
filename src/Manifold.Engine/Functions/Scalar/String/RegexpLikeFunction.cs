using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("regexp_like", Description = "True when the pattern matches anywhere in the string.", Example = "regexp_like('1a 2b 14m', '\\d+b') = true")]
internal sealed class RegexpLikeFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("boolean", "varchar(x)", "varchar(y)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel() : RegexKernel(SqlType.Boolean)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader text = BytesReader.Of(arguments[0]);
            PatternSource patterns = Patterns(arguments[1]);
            var result = new FixedResult<bool>(rowCount, NullMask.Union(arguments, rowCount));
            char[] buffer = new char[256];
            for (int row = 0; row < rowCount; row++)
            {
                if (!result.IsNull(row))
                {
                    result.Values[row] = patterns[row].IsMatch(Decode(text[row], ref buffer));
                }
            }
            return result.Build(SqlType.Boolean);
        }
    }
}
