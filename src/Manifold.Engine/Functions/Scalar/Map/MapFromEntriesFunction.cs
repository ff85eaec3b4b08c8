using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Map;

[ScalarFunction("map_from_entries", Description = "The map built from an array of (key, value) rows (keys must be distinct and not NULL).",
    Example = "map_from_entries(ARRAY[ROW('a', 1)]) = MAP{a=1}")]
internal sealed class MapFromEntriesFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
        [FunctionSignature.Generic([new TypeVariable("K", Comparable: true), new TypeVariable("V")], "map(K,V)", "array(row(K,V))")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            ArrayReader arrays = ArrayReader.Of(arguments[0]);
            var entries = (RowVector)arrays.Elements.Flatten();
            Vector keys = entries.Fields[0];
            Vector values = entries.Fields[1];
            var output = new MapVectorBuilder((MapType)ReturnType, rowCount);
            var seen = new PositionSet();
            for (int row = 0; row < rowCount; row++)
            {
                if (arrays.IsNull(row))
                {
                    output.AppendNull();
                    continue;
                }
                int start = arrays.Start(row);
                int count = arrays.Length(row);
                seen.Reset(keys, count);
                for (int i = start; i < start + count; i++)
                {
                    if (entries.IsNull(i))
                    {
                        FunctionErrors.InvalidArgument("map entry cannot be null");
                    }
                    MapEntries.CheckKey(keys, i, seen);
                    output.Keys.AppendFrom(keys, i);
                    output.Values.AppendFrom(values, i);
                }
                output.CloseEntry();
            }
            return output.Build();
        }
    }
}
