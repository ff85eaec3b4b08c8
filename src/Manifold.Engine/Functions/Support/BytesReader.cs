using System.Runtime.CompilerServices;
using System.Text;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Reads a variable-length vector (varchar, varbinary, json) of any encoding by row without copying it.</summary>
internal readonly struct BytesReader
{
    private readonly byte[] _data;
    private readonly int[] _offsets;
    private readonly ulong[]? _nulls;
    private readonly int[]? _ids;
    private readonly bool _constant;

    private BytesReader(BytesVector vector, int[]? ids, bool constant)
    {
        _data = vector.Data;
        _offsets = vector.Offsets;
        _nulls = vector.Nulls;
        _ids = ids;
        _constant = constant;
    }

    /// <summary>A reader over <paramref name="vector"/>, whose physical type must be bytes.</summary>
    public static BytesReader Of(Vector vector) => vector switch
    {
        BytesVector bytes => new BytesReader(bytes, null, false),
        ConstantVector constant => new BytesReader((BytesVector)constant.Value.Flatten(), null, true),
        DictionaryVector { Dictionary: BytesVector inner } dictionary => new BytesReader(inner, dictionary.Ids, false),
        _ => new BytesReader((BytesVector)vector.Flatten(), null, false),
    };

    /// <summary>True when every row reads the same value.</summary>
    public bool IsConstant => _constant;

    /// <summary>False when no row is null.</summary>
    public bool MayHaveNulls => _nulls is not null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Map(int row) => _constant ? 0 : _ids is null ? row : _ids[row];

    /// <summary>Whether <paramref name="row"/> is null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNull(int row) => _nulls is not null && Bitmap.Get(_nulls, Map(row));

    /// <summary>The bytes of <paramref name="row"/> (empty when null).</summary>
    public ReadOnlySpan<byte> this[int row]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int position = Map(row);
            int start = _offsets[position];
            return new ReadOnlySpan<byte>(_data, start, _offsets[position + 1] - start);
        }
    }

    /// <summary>The value of <paramref name="row"/> decoded as UTF-8 (allocates; for slow paths).</summary>
    public string GetString(int row) => Encoding.UTF8.GetString(this[row]);
}
