namespace Manifold.Client;

/// <summary>Sent by <see cref="ManifoldCommand.Progress"/> each time a protocol response of the running query arrives.</summary>
/// <param name="queryId">The query id.</param>
/// <param name="stats">The stats of that response.</param>
/// <param name="rowsReceived">Rows received by the client so far.</param>
public sealed class ManifoldProgressEventArgs(string queryId, ManifoldQueryStats stats, long rowsReceived) : EventArgs
{
    /// <summary>The query id.</summary>
    public string QueryId { get; } = queryId;

    /// <summary>The latest stats.</summary>
    public ManifoldQueryStats Stats { get; } = stats;

    /// <summary>Rows the client has received so far (not necessarily read yet).</summary>
    public long RowsReceived { get; } = rowsReceived;
}
