using System.Text.Json;

namespace Manifold.Server.Protocol;

/// <summary>Rows already encoded as JSON arrays, laid out as the elements of one JSON array: <c>[r0,r1,r2]</c>. Row
/// <c>i</c> owns the bytes <c>[RowStart(i), RowEnds[i])</c>, which for <c>i &gt; 0</c> begin with the comma before it;
/// <see cref="ByteCount"/> is the sum over the rows. The bytes are kept in chunks under 85 KB (the large object heap's
/// threshold, so a page's rows cost no gen-2 allocation), each holding whole rows.</summary>
internal sealed class EncodedRows
{
    /// <summary>The most bytes a chunk holds, unless one row alone is larger.</summary>
    public const int ChunkBytes = 64 * 1024;

    private readonly byte[][] _chunks;
    private readonly int[] _chunkFirstRow;

    /// <summary>Rows over the layout above: chunk <c>k</c> holds the bytes of rows <c>chunkFirstRow[k]</c> up to the
    /// next chunk's first row, starting at <c>RowStart(chunkFirstRow[k])</c>.</summary>
    public EncodedRows(byte[][] chunks, int[] chunkFirstRow, int[] rowEnds)
    {
        _chunks = chunks;
        _chunkFirstRow = chunkFirstRow;
        RowEnds = rowEnds;
    }

    /// <summary>The end of each row, as offsets in the page's array (<c>[</c> is offset 0).</summary>
    public int[] RowEnds { get; }

    public int RowCount => RowEnds.Length;

    public int ByteCount => RowEnds.Length == 0 ? 0 : RowEnds[^1] - 1;

    /// <summary>Where row <paramref name="row"/> starts (its leading comma, if any); <see cref="RowCount"/> gives the end.</summary>
    public int RowStart(int row) => row == 0 ? 1 : RowEnds[row - 1];

    /// <summary>Writes rows <paramref name="start"/> to <paramref name="end"/> (exclusive) as elements of the array
    /// <paramref name="writer"/> is in, one raw write per chunk.</summary>
    public void WriteTo(Utf8JsonWriter writer, int start, int end)
    {
        int chunk = Array.BinarySearch(_chunkFirstRow, start);
        if (chunk < 0)
        {
            chunk = ~chunk - 1;
        }
        for (int row = start; row < end; chunk++)
        {
            int chunkEnd = chunk + 1 < _chunkFirstRow.Length ? Math.Min(end, _chunkFirstRow[chunk + 1]) : end;
            int baseOffset = RowStart(_chunkFirstRow[chunk]);
            int from = RowStart(row) + (row > 0 ? 1 : 0);
            // Several array elements as one raw value: the writer adds the comma before them and after them as it
            // would around one value, and the bytes between them already hold theirs.
            writer.WriteRawValue(_chunks[chunk].AsSpan(from - baseOffset, RowEnds[chunkEnd - 1] - from), skipInputValidation: true);
            row = chunkEnd;
        }
    }
}
