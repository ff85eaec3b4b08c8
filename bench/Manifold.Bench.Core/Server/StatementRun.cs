namespace Manifold.Bench.Server;

/// <summary>One statement as the client saw it, from the POST to the final document.</summary>
/// <param name="QueryId">The server's query id.</param>
/// <param name="State">The final <c>stats.state</c> (FINISHED or FAILED).</param>
/// <param name="Rows">Rows in all <c>data</c> arrays.</param>
/// <param name="Bytes">Response body bytes received (headers not counted).</param>
/// <param name="Documents">Responses read: the POST's and one per <c>nextUri</c>.</param>
/// <param name="QueuedTimeMillis">The final document's <c>stats.queuedTimeMillis</c>.</param>
/// <param name="LeftQueued">From sending the POST until the first response whose state was past QUEUED.</param>
/// <param name="Elapsed">From sending the POST until the final document was read.</param>
/// <param name="DecodeCpuTicks">Thread CPU time spent reading the JSON (0 when not measurable).</param>
/// <param name="Error">The final document's <c>error.message</c>; null when the query finished.</param>
public sealed record StatementRun(
    string? QueryId, string State, long Rows, long Bytes, int Documents, long QueuedTimeMillis, TimeSpan LeftQueued,
    TimeSpan Elapsed, long DecodeCpuTicks, string? Error);
