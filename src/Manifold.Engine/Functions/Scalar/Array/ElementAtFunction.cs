using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("element_at", Description = "The array element at index (from 1; negative counts from the end) or the map value for key; NULL when absent.",
    Example = "element_at(ARRAY[1, 2, 3], -1) = 3")]
internal sealed class ElementAtFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Generic([TypeVariable.T], "T", "array(T)", "bigint"),
        FunctionSignature.Generic([new TypeVariable("K", Comparable: true), new TypeVariable("V")], "V", "map(K,V)", "K"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => function.ArgumentTypes[0].Kind == TypeKind.Map
        ? new MapKernel(function.ReturnType)
        : new ArrayKernel(function.ReturnType);

    private sealed class ArrayKernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            ArrayReader arrays = ArrayReader.Of(arguments[0]);
            FixedReader<long> indexes = FixedReader<long>.Of(arguments[1]);
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            VectorBuilder output = VectorBuilder.Create(ReturnType, rowCount);
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                long index = indexes[row];
                int length = arrays.Length(row);
                if (index == 0)
                {
                    FunctionErrors.InvalidArgument("SQL array indices start at 1");
                }
                long position = index > 0 ? index - 1 : length + index;
                if (position < 0 || position >= length)
                {
                    output.AppendNull();
                }
                else
                {
                    output.AppendFrom(arrays.Elements, arrays.Start(row) + (int)position);
                }
            }
            return output.Build();
        }
    }

    private sealed class MapKernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            MapReader maps = MapReader.Of(arguments[0]);
            Vector keys = arguments[1];
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            VectorBuilder output = VectorBuilder.Create(ReturnType, rowCount);
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                int found = MapLookup.Find(maps, row, keys, row);
                if (found < 0)
                {
                    output.AppendNull();
                }
                else
                {
                    output.AppendFrom(maps.Values, found);
                }
            }
            return output.Build();
        }
    }
}
