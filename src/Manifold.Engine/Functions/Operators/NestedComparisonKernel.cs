using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Operators;

/// <summary>Compares arrays, maps and rows row by row through a <see cref="ValueComparer"/>.</summary>
internal sealed class NestedComparisonKernel(ComparisonKind kind, ValueComparer comparer) : IScalarKernel
{
    public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        Vector left = arguments[0];
        Vector right = arguments[1];
        var result = new bool[rowCount];
        ulong[]? nulls = null;
        for (int i = 0; i < rowCount; i++)
        {
            if (kind == ComparisonKind.IsDistinctFrom)
            {
                result[i] = !comparer.Identical(left, i, right, i);
                continue;
            }
            if (left.IsNull(i) || right.IsNull(i))
            {
                nulls ??= Bitmap.Allocate(rowCount);
                Bitmap.Set(nulls, i);
                continue;
            }
            bool? value = kind switch
            {
                ComparisonKind.Equal => comparer.Equal(left, i, right, i),
                ComparisonKind.NotEqual => !comparer.Equal(left, i, right, i),
                ComparisonKind.LessThan => comparer.Compare(left, i, right, i) < 0,
                ComparisonKind.LessThanOrEqual => comparer.Compare(left, i, right, i) <= 0,
                ComparisonKind.GreaterThan => comparer.Compare(left, i, right, i) > 0,
                ComparisonKind.GreaterThanOrEqual => comparer.Compare(left, i, right, i) >= 0,
                ComparisonKind.IsDistinctFrom => throw new InvalidOperationException(),
            };
            if (value is null)
            {
                nulls ??= Bitmap.Allocate(rowCount);
                Bitmap.Set(nulls, i);
            }
            else
            {
                result[i] = value.Value;
            }
        }
        return new FlatVector<bool>(SqlType.Boolean, result, nulls, rowCount);
    }
}
