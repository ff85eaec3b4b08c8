using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>map_keys and map_values: the keys or the values of each map as an array.</summary>
internal sealed class MapPartKernel(SqlType returnType, bool keys) : ScalarKernel(returnType)
{
    protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        MapReader maps = MapReader.Of(arguments[0]);
        Vector part = keys ? maps.Keys : maps.Values;
        var output = new ArrayVectorBuilder((ArrayType)ReturnType, rowCount);
        for (int row = 0; row < rowCount; row++)
        {
            if (maps.IsNull(row))
            {
                output.AppendNull();
                continue;
            }
            output.Elements.AppendRange(part, maps.Start(row), maps.Length(row));
            output.CloseEntry();
        }
        return output.Build();
    }
}
