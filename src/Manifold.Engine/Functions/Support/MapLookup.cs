using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Finds keys in maps (linear scan: maps in rows are small).</summary>
internal static class MapLookup
{
    /// <summary>The entry position of <paramref name="keys"/>[<paramref name="keyPosition"/>] in map row <paramref name="row"/>, or -1.</summary>
    public static int Find(in MapReader maps, int row, Vector keys, int keyPosition)
    {
        int start = maps.Start(row);
        int end = start + maps.Length(row);
        for (int entry = start; entry < end; entry++)
        {
            if (ValueComparer.Equal(maps.Keys, entry, keys, keyPosition))
            {
                return entry;
            }
        }
        return -1;
    }
}
