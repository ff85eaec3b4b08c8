using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Evaluates an <see cref="IBinaryOperation{TLeft, TRight, TResult}"/> over two argument vectors of any
/// encoding: plain loops over spans, a scalar on one side when that side is constant, one evaluation when both are,
/// and evaluation over the dictionary when a non-failing operation meets a dictionary and a constant.</summary>
/// <remarks>A null on either side gives null. Null rows are computed like the others (their values are arbitrary) and
/// only a failure on a non-null row raises the operation's error.</remarks>
internal static class BinaryLoop
{
    public static Vector Evaluate<TLeft, TRight, TResult, TOperation>(TOperation operation, SqlType resultType, Vector left, Vector right, int rowCount)
        where TLeft : unmanaged
        where TRight : unmanaged
        where TResult : unmanaged
        where TOperation : struct, IBinaryOperation<TLeft, TRight, TResult>
    {
        if (left is ConstantVector leftConstant)
        {
            if (leftConstant.IsNullValue)
            {
                return Vector.NullVector(resultType, rowCount);
            }
            TLeft leftValue = VectorViews.ConstantValue<TLeft>(leftConstant);
            if (right is ConstantVector rightConstant)
            {
                if (rightConstant.IsNullValue)
                {
                    return Vector.NullVector(resultType, rowCount);
                }
                TRight rightValue = VectorViews.ConstantValue<TRight>(rightConstant);
                bool failed = false;
                TResult value = operation.Apply(leftValue, rightValue, ref failed);
                if (failed && rowCount > 0)
                {
                    throw operation.Error(leftValue, rightValue);
                }
                return VectorViews.Constant(resultType, value, rowCount);
            }
            if (right is DictionaryVector rightDictionary && !operation.CanFail && rightDictionary.Dictionary.Count <= rowCount)
            {
                Vector mapped = Evaluate<TLeft, TRight, TResult, TOperation>(operation, resultType,
                    new ConstantVector(leftConstant.Value, rightDictionary.Dictionary.Count), rightDictionary.Dictionary, rightDictionary.Dictionary.Count);
                return new DictionaryVector(mapped, rightDictionary.Ids, rowCount);
            }
            return ConstantLeft<TLeft, TRight, TResult, TOperation>(operation, resultType, leftValue, VectorViews.Flat<TRight>(right), rowCount);
        }
        if (right is ConstantVector rightOnly)
        {
            if (rightOnly.IsNullValue)
            {
                return Vector.NullVector(resultType, rowCount);
            }
            if (left is DictionaryVector leftDictionary && !operation.CanFail && leftDictionary.Dictionary.Count <= rowCount)
            {
                Vector mapped = Evaluate<TLeft, TRight, TResult, TOperation>(operation, resultType, leftDictionary.Dictionary,
                    new ConstantVector(rightOnly.Value, leftDictionary.Dictionary.Count), leftDictionary.Dictionary.Count);
                return new DictionaryVector(mapped, leftDictionary.Ids, rowCount);
            }
            return ConstantRight<TLeft, TRight, TResult, TOperation>(operation, resultType, VectorViews.Flat<TLeft>(left),
                VectorViews.ConstantValue<TRight>(rightOnly), rowCount);
        }
        return BothFlat<TLeft, TRight, TResult, TOperation>(operation, resultType, VectorViews.Flat<TLeft>(left), VectorViews.Flat<TRight>(right), rowCount);
    }

    private static Vector BothFlat<TLeft, TRight, TResult, TOperation>(TOperation operation, SqlType resultType,
        FlatVector<TLeft> left, FlatVector<TRight> right, int rowCount)
        where TLeft : unmanaged
        where TRight : unmanaged
        where TResult : unmanaged
        where TOperation : struct, IBinaryOperation<TLeft, TRight, TResult>
    {
        var result = new TResult[rowCount];
        ReadOnlySpan<TLeft> leftValues = new(left.Values, 0, rowCount);
        ReadOnlySpan<TRight> rightValues = new(right.Values, 0, rowCount);
        Span<TResult> output = result;
        bool failed = false;
        for (int i = 0; i < output.Length; i++)
        {
            output[i] = operation.Apply(leftValues[i], rightValues[i], ref failed);
        }
        ulong[]? nulls = VectorViews.UnionNulls(left.Nulls, right.Nulls, rowCount);
        if (failed)
        {
            for (int i = 0; i < rowCount; i++)
            {
                bool rowFailed = false;
                if (!Bitmap.GetOrFalse(nulls, i))
                {
                    operation.Apply(leftValues[i], rightValues[i], ref rowFailed);
                    if (rowFailed)
                    {
                        throw operation.Error(leftValues[i], rightValues[i]);
                    }
                }
            }
        }
        return new FlatVector<TResult>(resultType, result, nulls, rowCount);
    }

    private static Vector ConstantLeft<TLeft, TRight, TResult, TOperation>(TOperation operation, SqlType resultType,
        TLeft leftValue, FlatVector<TRight> right, int rowCount)
        where TLeft : unmanaged
        where TRight : unmanaged
        where TResult : unmanaged
        where TOperation : struct, IBinaryOperation<TLeft, TRight, TResult>
    {
        var result = new TResult[rowCount];
        ReadOnlySpan<TRight> rightValues = new(right.Values, 0, rowCount);
        Span<TResult> output = result;
        bool failed = false;
        for (int i = 0; i < output.Length; i++)
        {
            output[i] = operation.Apply(leftValue, rightValues[i], ref failed);
        }
        if (failed)
        {
            for (int i = 0; i < rowCount; i++)
            {
                bool rowFailed = false;
                if (!Bitmap.GetOrFalse(right.Nulls, i))
                {
                    operation.Apply(leftValue, rightValues[i], ref rowFailed);
                    if (rowFailed)
                    {
                        throw operation.Error(leftValue, rightValues[i]);
                    }
                }
            }
        }
        return new FlatVector<TResult>(resultType, result, right.Nulls, rowCount);
    }

    private static Vector ConstantRight<TLeft, TRight, TResult, TOperation>(TOperation operation, SqlType resultType,
        FlatVector<TLeft> left, TRight rightValue, int rowCount)
        where TLeft : unmanaged
        where TRight : unmanaged
        where TResult : unmanaged
        where TOperation : struct, IBinaryOperation<TLeft, TRight, TResult>
    {
        var result = new TResult[rowCount];
        ReadOnlySpan<TLeft> leftValues = new(left.Values, 0, rowCount);
        Span<TResult> output = result;
        bool failed = false;
        for (int i = 0; i < output.Length; i++)
        {
            output[i] = operation.Apply(leftValues[i], rightValue, ref failed);
        }
        if (failed)
        {
            for (int i = 0; i < rowCount; i++)
            {
                bool rowFailed = false;
                if (!Bitmap.GetOrFalse(left.Nulls, i))
                {
                    operation.Apply(leftValues[i], rightValue, ref rowFailed);
                    if (rowFailed)
                    {
                        throw operation.Error(leftValues[i], rightValue);
                    }
                }
            }
        }
        return new FlatVector<TResult>(resultType, result, left.Nulls, rowCount);
    }
}
