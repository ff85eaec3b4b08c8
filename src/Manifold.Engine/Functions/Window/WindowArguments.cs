using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

/// <summary>Reads scalar arguments (offsets, bucket counts) of window functions from vectors of any encoding.</summary>
internal static class WindowArguments
{
    public static long GetInt64(Vector vector, int row)
    {
        Vector resolved = VectorBuilder.Resolve(vector, ref row);
        return resolved switch
        {
            FlatVector<long> longs => longs.Values[row],
            FlatVector<int> ints => ints.Values[row],
            FlatVector<short> shorts => shorts.Values[row],
            FlatVector<sbyte> bytes => bytes.Values[row],
            _ => throw new InvalidOperationException($"Expected an integral argument, got {resolved.Type}"),
        };
    }
}
