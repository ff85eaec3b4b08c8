using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Map;

[ScalarFunction("map_concat", Description = "The union of the maps; for a key in several maps the last one wins.",
    Example = "map_concat(MAP(ARRAY['a'], ARRAY[1]), MAP(ARRAY['a'], ARRAY[2])) = MAP{a=2}")]
internal sealed class MapConcatFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
        [FunctionSignature.Generic([new TypeVariable("K", Comparable: true), new TypeVariable("V")], "map(K,V)", "map(K,V)") with { Variadic = true }];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            var maps = new MapReader[arguments.Count];
            for (int i = 0; i < maps.Length; i++)
            {
                maps[i] = MapReader.Of(arguments[i]);
            }
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new MapVectorBuilder((MapType)ReturnType, rowCount);
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                for (int m = 0; m < maps.Length; m++)
                {
                    int start = maps[m].Start(row);
                    for (int entry = start; entry < start + maps[m].Length(row); entry++)
                    {
                        if (!OverriddenLater(maps, m, row, entry))
                        {
                            output.Keys.AppendFrom(maps[m].Keys, entry);
                            output.Values.AppendFrom(maps[m].Values, entry);
                        }
                    }
                }
                output.CloseEntry();
            }
            return output.Build();
        }

        private static bool OverriddenLater(MapReader[] maps, int map, int row, int entry)
        {
            for (int later = map + 1; later < maps.Length; later++)
            {
                if (MapLookup.Find(maps[later], row, maps[map].Keys, entry) >= 0)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
