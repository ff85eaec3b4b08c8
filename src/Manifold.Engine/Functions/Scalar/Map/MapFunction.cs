using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Map;

[ScalarFunction("map", Description = "An empty map, or the map with the given key and value arrays (keys must be distinct and not NULL).",
    Example = "map(ARRAY['a', 'b'], ARRAY[1, 2]) = MAP{a=1, b=2}")]
internal sealed class MapFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("map(unknown,unknown)"),
        FunctionSignature.Generic([new TypeVariable("K", Comparable: true), new TypeVariable("V")], "map(K,V)", "array(K)", "array(V)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType, function.ArgumentTypes.Count == 0);

    private sealed class Kernel(SqlType type, bool empty) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            var output = new MapVectorBuilder((MapType)ReturnType, rowCount);
            if (empty)
            {
                output.CloseEntry();
                return new ConstantVector(output.Build(), rowCount);
            }
            ArrayReader keys = ArrayReader.Of(arguments[0]);
            ArrayReader values = ArrayReader.Of(arguments[1]);
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var seen = new PositionSet();
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                int count = keys.Length(row);
                if (count != values.Length(row))
                {
                    FunctionErrors.InvalidArgument("Key and value arrays must be the same length");
                }
                int keyStart = keys.Start(row);
                int valueStart = values.Start(row);
                seen.Reset(keys.Elements, count);
                for (int i = 0; i < count; i++)
                {
                    MapEntries.CheckKey(keys.Elements, keyStart + i, seen);
                    output.Keys.AppendFrom(keys.Elements, keyStart + i);
                    output.Values.AppendFrom(values.Elements, valueStart + i);
                }
                output.CloseEntry();
            }
            return output.Build();
        }
    }
}
