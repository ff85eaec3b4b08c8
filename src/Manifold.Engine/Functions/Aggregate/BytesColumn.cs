using System.Runtime.CompilerServices;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>Row access to a variable-width argument (varchar, char, varbinary, json) of any encoding, as byte spans.</summary>
internal readonly struct BytesColumn
{
    private readonly BytesVector _values;
    private readonly int[]? _ids;
    private readonly bool _constant;

    private BytesColumn(BytesVector values, int[]? ids, bool constant)
    {
        _values = values;
        _ids = ids;
        _constant = constant;
    }

    public static BytesColumn Of(Vector vector) => vector switch
    {
        BytesVector bytes => new BytesColumn(bytes, null, false),
        ConstantVector constant => new BytesColumn((BytesVector)constant.Value.Flatten(), null, true),
        DictionaryVector dictionary => new BytesColumn((BytesVector)dictionary.Dictionary.Flatten(), dictionary.Ids, false),
        _ => Of(vector.Flatten()),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Map(int row) => _ids is not null ? _ids[row] : _constant ? 0 : row;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNull(int row) => _values.Nulls is not null && Bitmap.Get(_values.Nulls, Map(row));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Get(int row) => _values.GetBytes(Map(row));
}
