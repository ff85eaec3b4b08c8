using System.Runtime.CompilerServices;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Reads a map vector of any encoding by row: each row is a range of <see cref="Keys"/> and <see cref="Values"/>.</summary>
internal readonly struct MapReader
{
    private readonly MapVector _map;
    private readonly int[]? _ids;
    private readonly bool _constant;

    private MapReader(MapVector map, int[]? ids, bool constant)
    {
        _map = map;
        _ids = ids;
        _constant = constant;
    }

    /// <summary>A reader over a map-typed vector.</summary>
    public static MapReader Of(Vector vector) => vector switch
    {
        MapVector map => new MapReader(map, null, false),
        ConstantVector constant => new MapReader((MapVector)constant.Value.Flatten(), null, true),
        DictionaryVector { Dictionary: MapVector inner } dictionary => new MapReader(inner, dictionary.Ids, false),
        _ => new MapReader((MapVector)vector.Flatten(), null, false),
    };

    /// <summary>All keys.</summary>
    public Vector Keys => _map.Keys;

    /// <summary>All values.</summary>
    public Vector Values => _map.Values;

    /// <summary>The map type.</summary>
    public MapType Type => _map.MapType;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Map(int row) => _constant ? 0 : _ids is null ? row : _ids[row];

    /// <summary>Whether <paramref name="row"/> is null.</summary>
    public bool IsNull(int row) => _map.IsNull(Map(row));

    /// <summary>The first entry of <paramref name="row"/>.</summary>
    public int Start(int row) => _map.Offsets[Map(row)];

    /// <summary>The number of entries of <paramref name="row"/>.</summary>
    public int Length(int row)
    {
        int position = Map(row);
        return _map.Offsets[position + 1] - _map.Offsets[position];
    }
}
