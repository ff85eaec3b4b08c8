using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("levenshtein_distance", Description = "The minimum number of single-character edits that turn one string into the other.",
    Example = "levenshtein_distance('kitten', 'sitting') = 3")]
internal sealed class LevenshteinDistanceFunction : IScalarFunction
{
    private const long MaxCells = 1_000_000;

    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("bigint", "varchar(x)", "varchar(y)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel() : ScalarKernel(SqlType.BigInt)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader left = BytesReader.Of(arguments[0]);
            BytesReader right = BytesReader.Of(arguments[1]);
            var result = new FixedResult<long>(rowCount, NullMask.Union(arguments, rowCount));
            int[] leftPoints = new int[64];
            int[] rightPoints = new int[64];
            int[] distances = new int[64];
            for (int row = 0; row < rowCount; row++)
            {
                if (result.IsNull(row))
                {
                    continue;
                }
                int leftCount = Utf8CodePoints.ToCodePoints(left[row], ref leftPoints);
                int rightCount = Utf8CodePoints.ToCodePoints(right[row], ref rightPoints);
                if ((long)leftCount * rightCount > MaxCells)
                {
                    FunctionErrors.InvalidArgument("The combined inputs for Levenshtein distance are too large");
                }
                if (leftCount < rightCount)
                {
                    (leftPoints, rightPoints) = (rightPoints, leftPoints);
                    (leftCount, rightCount) = (rightCount, leftCount);
                }
                if (distances.Length < rightCount + 1)
                {
                    distances = new int[rightCount + 1];
                }
                for (int j = 0; j <= rightCount; j++)
                {
                    distances[j] = j;
                }
                for (int i = 1; i <= leftCount; i++)
                {
                    int diagonal = distances[0];
                    distances[0] = i;
                    for (int j = 1; j <= rightCount; j++)
                    {
                        int above = distances[j];
                        int cost = leftPoints[i - 1] == rightPoints[j - 1] ? 0 : 1;
                        distances[j] = System.Math.Min(System.Math.Min(above + 1, distances[j - 1] + 1), diagonal + cost);
                        diagonal = above;
                    }
                }
                result.Values[row] = distances[rightCount];
            }
            return result.Build(SqlType.BigInt);
        }
    }
}
