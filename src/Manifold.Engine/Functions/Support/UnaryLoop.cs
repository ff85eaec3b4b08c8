using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Evaluates an <see cref="IUnaryOperation{TInput, TResult}"/> over a vector of any encoding: one evaluation
/// for a constant, evaluation over the dictionary for a non-failing operation, a plain loop otherwise.</summary>
internal static class UnaryLoop
{
    public static Vector Evaluate<TInput, TResult, TOperation>(TOperation operation, SqlType resultType, Vector input, int rowCount)
        where TInput : unmanaged
        where TResult : unmanaged
        where TOperation : struct, IUnaryOperation<TInput, TResult>
    {
        if (input is ConstantVector constant)
        {
            if (constant.IsNullValue)
            {
                return Vector.NullVector(resultType, rowCount);
            }
            TInput value = VectorViews.ConstantValue<TInput>(constant);
            bool failed = false;
            TResult result = operation.Apply(value, ref failed);
            if (failed && rowCount > 0)
            {
                throw operation.Error(value);
            }
            return VectorViews.Constant(resultType, result, rowCount);
        }
        if (input is DictionaryVector dictionary && !operation.CanFail && dictionary.Dictionary.Count <= rowCount)
        {
            Vector mapped = Evaluate<TInput, TResult, TOperation>(operation, resultType, dictionary.Dictionary, dictionary.Dictionary.Count);
            return new DictionaryVector(mapped, dictionary.Ids, rowCount);
        }
        FlatVector<TInput> flat = VectorViews.Flat<TInput>(input);
        var results = new TResult[rowCount];
        ReadOnlySpan<TInput> values = new(flat.Values, 0, rowCount);
        Span<TResult> output = results;
        bool anyFailed = false;
        for (int i = 0; i < output.Length; i++)
        {
            output[i] = operation.Apply(values[i], ref anyFailed);
        }
        if (anyFailed)
        {
            for (int i = 0; i < rowCount; i++)
            {
                bool rowFailed = false;
                if (!Bitmap.GetOrFalse(flat.Nulls, i))
                {
                    operation.Apply(values[i], ref rowFailed);
                    if (rowFailed)
                    {
                        throw operation.Error(values[i]);
                    }
                }
            }
        }
        return new FlatVector<TResult>(resultType, results, flat.Nulls, rowCount);
    }
}
