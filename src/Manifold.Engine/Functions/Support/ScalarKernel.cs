using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Base of the built-in scalar kernels: adds the constant and dictionary fast paths around <see cref="Compute"/>.</summary>
/// <remarks>
/// When every argument is constant the kernel runs on one row and returns a <see cref="ConstantVector"/>. When one
/// argument is a dictionary and the others are constant, it runs over the dictionary's distinct values and returns a
/// <see cref="DictionaryVector"/> with the same ids; if that fails (a value no row refers to may be invalid), it falls
/// back to evaluating every row. Non-deterministic kernels skip both paths.
/// </remarks>
internal abstract class ScalarKernel(SqlType returnType, bool deterministic = true) : IScalarKernel
{
    /// <summary>The bound return type.</summary>
    public SqlType ReturnType { get; } = returnType;

    public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        if (!deterministic || arguments.Count == 0 || rowCount == 0)
        {
            return Compute(arguments, rowCount, context);
        }
        int dictionaryIndex = -1;
        for (int i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i].Encoding)
            {
                case VectorEncoding.Constant:
                    continue;
                case VectorEncoding.Dictionary when dictionaryIndex < 0:
                    dictionaryIndex = i;
                    continue;
                default:
                    return Compute(arguments, rowCount, context);
            }
        }
        if (dictionaryIndex < 0)
        {
            if (rowCount == 1)
            {
                return Compute(arguments, 1, context);
            }
            var single = new Vector[arguments.Count];
            for (int i = 0; i < single.Length; i++)
            {
                single[i] = ((ConstantVector)arguments[i]).Value;
            }
            return new ConstantVector(Compute(single, 1, context), rowCount);
        }
        var dictionary = (DictionaryVector)arguments[dictionaryIndex];
        int distinct = dictionary.Dictionary.Count;
        if (distinct >= rowCount)
        {
            return Compute(arguments, rowCount, context);
        }
        var overDictionary = new Vector[arguments.Count];
        for (int i = 0; i < overDictionary.Length; i++)
        {
            overDictionary[i] = i == dictionaryIndex ? dictionary.Dictionary : new ConstantVector(((ConstantVector)arguments[i]).Value, distinct);
        }
        Vector values;
        try
        {
            values = Compute(overDictionary, distinct, context);
        }
        catch (ManifoldException)
        {
            return Compute(arguments, rowCount, context);
        }
        return new DictionaryVector(values, dictionary.Ids, rowCount);
    }

    /// <summary>Computes <paramref name="rowCount"/> results; arguments may have any encoding.</summary>
    protected abstract Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context);
}
