namespace Manifold.Server.Protocol;

/// <summary>Rows already encoded as JSON arrays, back to back in one buffer; row <c>i</c> spans
/// <c>[RowEnds[i-1], RowEnds[i])</c>.</summary>
internal sealed class EncodedRows(byte[] data, int[] rowEnds)
{
    public byte[] Data { get; } = data;
    public int[] RowEnds { get; } = rowEnds;
    public int RowCount => RowEnds.Length;
    public int ByteCount => RowEnds.Length == 0 ? 0 : RowEnds[^1];

    public int RowStart(int row) => row == 0 ? 0 : RowEnds[row - 1];
}
