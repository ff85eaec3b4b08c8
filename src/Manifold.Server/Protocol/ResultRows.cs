namespace Manifold.Server.Protocol;

/// <summary>The <c>data</c> of one response: ranges of encoded rows, written as one JSON array.</summary>
internal sealed class ResultRows
{
    private readonly List<(EncodedRows Rows, int Start, int End)> _parts = [];

    public int RowCount { get; private set; }
    public long ByteCount { get; private set; }

    public IReadOnlyList<(EncodedRows Rows, int Start, int End)> Parts => _parts;

    public void Add(EncodedRows rows, int start, int end)
    {
        if (end <= start)
        {
            return;
        }
        _parts.Add((rows, start, end));
        RowCount += end - start;
        ByteCount += rows.RowEnds[end - 1] - rows.RowStart(start);
    }
}
