using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Operators;

/// <summary>Comparison kernels over fixed-width values.</summary>
internal static class FixedComparisonKernels
{
    public static IScalarKernel Create<T, TOrder>(ComparisonKind kind)
        where T : unmanaged
        where TOrder : IValueOrder<T>
        => kind switch
        {
            ComparisonKind.Equal => OperationKernels.Binary<T, T, bool, ComparisonOperations.Equal<T, TOrder>>(default, SqlType.Boolean),
            ComparisonKind.NotEqual => OperationKernels.Binary<T, T, bool, ComparisonOperations.NotEqual<T, TOrder>>(default, SqlType.Boolean),
            ComparisonKind.LessThan => OperationKernels.Binary<T, T, bool, ComparisonOperations.LessThan<T, TOrder>>(default, SqlType.Boolean),
            ComparisonKind.LessThanOrEqual
                => OperationKernels.Binary<T, T, bool, ComparisonOperations.LessThanOrEqual<T, TOrder>>(default, SqlType.Boolean),
            ComparisonKind.GreaterThan => OperationKernels.Binary<T, T, bool, ComparisonOperations.GreaterThan<T, TOrder>>(default, SqlType.Boolean),
            ComparisonKind.GreaterThanOrEqual
                => OperationKernels.Binary<T, T, bool, ComparisonOperations.GreaterThanOrEqual<T, TOrder>>(default, SqlType.Boolean),
            ComparisonKind.IsDistinctFrom => new DistinctKernel<T, TOrder>(),
        };

    /// <summary>IS DISTINCT FROM: never null; two nulls are not distinct, a null and a value are.</summary>
    private sealed class DistinctKernel<T, TOrder> : IScalarKernel
        where T : unmanaged
        where TOrder : IValueOrder<T>
    {
        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            Vector left = arguments[0];
            Vector right = arguments[1];
            if (left is ConstantVector leftConstant && right is ConstantVector rightConstant)
            {
                bool leftNull = leftConstant.IsNullValue;
                bool rightNull = rightConstant.IsNullValue;
                bool distinct = leftNull || rightNull
                    ? leftNull != rightNull
                    : !TOrder.Identical(VectorViews.ConstantValue<T>(leftConstant), VectorViews.ConstantValue<T>(rightConstant));
                return VectorViews.Constant(SqlType.Boolean, distinct, rowCount);
            }
            FlatVector<T> leftFlat = VectorViews.Flat<T>(left);
            FlatVector<T> rightFlat = VectorViews.Flat<T>(right);
            ReadOnlySpan<T> leftValues = new(leftFlat.Values, 0, rowCount);
            ReadOnlySpan<T> rightValues = new(rightFlat.Values, 0, rowCount);
            var result = new bool[rowCount];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = !TOrder.Identical(leftValues[i], rightValues[i]);
            }
            ulong[]? leftNulls = leftFlat.Nulls;
            ulong[]? rightNulls = rightFlat.Nulls;
            if (leftNulls is not null || rightNulls is not null)
            {
                for (int i = 0; i < result.Length; i++)
                {
                    bool leftNull = Bitmap.GetOrFalse(leftNulls, i);
                    bool rightNull = Bitmap.GetOrFalse(rightNulls, i);
                    if (leftNull | rightNull)
                    {
                        result[i] = leftNull != rightNull;
                    }
                }
            }
            return new FlatVector<bool>(SqlType.Boolean, result, null, rowCount);
        }
    }
}
