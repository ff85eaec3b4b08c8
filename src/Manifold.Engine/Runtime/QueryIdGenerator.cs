namespace Manifold.Engine.Runtime;

/// <summary>Creates query ids in Trino's format <c>YYYYMMDD_HHMMSS_NNNNN_xxxxx</c>, ending in the owning node's id.</summary>
public sealed class QueryIdGenerator(string nodeId, TimeProvider time)
{
    private int _counter;

    /// <summary>The node id every query id ends with.</summary>
    public string NodeId { get; } = nodeId;

    /// <summary>A new unique id.</summary>
    public string Next()
    {
        DateTime now = time.GetUtcNow().UtcDateTime;
        int counter = Interlocked.Increment(ref _counter) % 100_000;
        return $"{now:yyyyMMdd_HHmmss}_{counter:D5}_{NodeId}";
    }
}
