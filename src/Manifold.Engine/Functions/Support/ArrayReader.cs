using System.Runtime.CompilerServices;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Reads an array vector of any encoding by row: each row is a range of <see cref="Elements"/>.</summary>
internal readonly struct ArrayReader
{
    private readonly ArrayVector _array;
    private readonly int[]? _ids;
    private readonly bool _constant;

    private ArrayReader(ArrayVector array, int[]? ids, bool constant)
    {
        _array = array;
        _ids = ids;
        _constant = constant;
    }

    /// <summary>A reader over an array-typed vector.</summary>
    public static ArrayReader Of(Vector vector) => vector switch
    {
        ArrayVector array => new ArrayReader(array, null, false),
        ConstantVector constant => new ArrayReader((ArrayVector)constant.Value.Flatten(), null, true),
        DictionaryVector { Dictionary: ArrayVector inner } dictionary => new ArrayReader(inner, dictionary.Ids, false),
        _ => new ArrayReader((ArrayVector)vector.Flatten(), null, false),
    };

    /// <summary>The element vector every row points into.</summary>
    public Vector Elements => _array.Elements;

    /// <summary>The array type.</summary>
    public ArrayType Type => _array.ArrayType;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Map(int row) => _constant ? 0 : _ids is null ? row : _ids[row];

    /// <summary>Whether <paramref name="row"/> is null.</summary>
    public bool IsNull(int row) => _array.IsNull(Map(row));

    /// <summary>The first element position of <paramref name="row"/> in <see cref="Elements"/>.</summary>
    public int Start(int row) => _array.Offsets[Map(row)];

    /// <summary>The number of elements of <paramref name="row"/>.</summary>
    public int Length(int row)
    {
        int position = Map(row);
        return _array.Offsets[position + 1] - _array.Offsets[position];
    }
}
