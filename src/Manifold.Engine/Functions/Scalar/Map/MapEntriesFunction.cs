using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Map;

[ScalarFunction("map_entries", Description = "The entries of the map as an array of (key, value) rows.",
    Example = "map_entries(MAP(ARRAY['a'], ARRAY[1])) = ARRAY[ROW('a', 1)]")]
internal sealed class MapEntriesFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
        [FunctionSignature.Generic([new TypeVariable("K"), new TypeVariable("V")], "array(row(K,V))", "map(K,V)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            MapReader maps = MapReader.Of(arguments[0]);
            var output = new ArrayVectorBuilder((ArrayType)ReturnType, rowCount);
            var rows = (RowVectorBuilder)output.Elements;
            for (int row = 0; row < rowCount; row++)
            {
                if (maps.IsNull(row))
                {
                    output.AppendNull();
                    continue;
                }
                int start = maps.Start(row);
                for (int i = start; i < start + maps.Length(row); i++)
                {
                    rows.Fields[0].AppendFrom(maps.Keys, i);
                    rows.Fields[1].AppendFrom(maps.Values, i);
                    rows.CloseEntry();
                }
                output.CloseEntry();
            }
            return output.Build();
        }
    }
}
