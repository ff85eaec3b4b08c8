using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Conversion;

/// <summary>Base of the cast kernels that work row by row: casts a constant once, casts the dictionary instead of the
/// rows when the cast cannot fail (so unused dictionary entries cannot raise errors), and otherwise hands a flat vector
/// to <see cref="CastFlat"/>.</summary>
internal abstract class CastKernel(SqlType target, bool canFail) : IScalarKernel
{
    protected SqlType Target { get; } = target;

    public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        Vector input = arguments[0];
        if (input is ConstantVector constant)
        {
            if (constant.IsNullValue)
            {
                return Vector.NullVector(Target, rowCount);
            }
            return rowCount == 0
                ? VectorBuilder.Create(Target, 0).Build()
                : new ConstantVector(CastFlat(constant.Value.Flatten(), 1, context), rowCount);
        }
        if (input is DictionaryVector dictionary && !canFail && dictionary.Dictionary.Count <= rowCount)
        {
            Vector values = CastFlat(dictionary.Dictionary.Flatten(), dictionary.Dictionary.Count, context);
            return new DictionaryVector(values, dictionary.Ids, rowCount);
        }
        return CastFlat(input.Flatten(), rowCount, context);
    }

    /// <summary>Casts <paramref name="rowCount"/> rows of a vector that is neither constant nor dictionary at the top.</summary>
    protected abstract Vector CastFlat(Vector input, int rowCount, FunctionContext context);
}
