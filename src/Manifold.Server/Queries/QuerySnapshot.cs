using Manifold.Spi.Errors;

namespace Manifold.Server.Queries;

/// <summary>What the coordinator knows of one query at one moment: the read model behind <c>/v1/query</c> and, later,
/// <c>system.runtime.queries</c> and <c>/metrics</c>.</summary>
public sealed record QuerySnapshot
{
    /// <summary>The query id (Trino format, ending in the owning node's id).</summary>
    public required string QueryId { get; init; }

    /// <summary>The state.</summary>
    public required QueryState State { get; init; }

    /// <summary>The SQL text.</summary>
    public required string Sql { get; init; }

    /// <summary>Trino's query type (SELECT, INSERT, DATA_DEFINITION, ...), null when the text does not parse.</summary>
    public string? QueryType { get; init; }

    /// <summary>The session user.</summary>
    public required string User { get; init; }

    /// <summary>The client's source.</summary>
    public string? Source { get; init; }

    /// <summary>The session catalog.</summary>
    public string? Catalog { get; init; }

    /// <summary>The session schema.</summary>
    public string? Schema { get; init; }

    /// <summary>The client info.</summary>
    public string? ClientInfo { get; init; }

    /// <summary>The client tags.</summary>
    public IReadOnlyList<string> ClientTags { get; init; } = [];

    /// <summary>The resource group the query was admitted to, once admitted.</summary>
    public string? ResourceGroupId { get; init; }

    /// <summary>For statements without rows: what they did (<c>CREATE TABLE</c>, <c>INSERT</c>, ...).</summary>
    public string? UpdateType { get; init; }

    /// <summary>When the query was created.</summary>
    public required DateTimeOffset CreateTime { get; init; }

    /// <summary>When it left the queue (admitted), if it did.</summary>
    public DateTimeOffset? ExecutionStartTime { get; init; }

    /// <summary>When it reached FINISHED or FAILED.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>When its client last polled.</summary>
    public required DateTimeOffset LastHeartbeat { get; init; }

    /// <summary>Time spent queued.</summary>
    public TimeSpan QueuedTime { get; init; }

    /// <summary>Time since creation (until the end).</summary>
    public TimeSpan ElapsedTime { get; init; }

    /// <summary>Time since admission (until the end).</summary>
    public TimeSpan ExecutionTime { get; init; }

    /// <summary>Time the coordinator spent producing the query's rows.</summary>
    public TimeSpan CpuTime { get; init; }

    /// <summary>Rows the query's scans read (its output rows when it scans nothing).</summary>
    public long InputRows { get; init; }

    /// <summary>Bytes the query's scans read (its output bytes when it scans nothing).</summary>
    public long InputBytes { get; init; }

    /// <summary>Rows produced.</summary>
    public long OutputRows { get; init; }

    /// <summary>Bytes of encoded rows produced.</summary>
    public long OutputBytes { get; init; }

    /// <summary>Memory held now.</summary>
    public long ReservedMemoryBytes { get; init; }

    /// <summary>Most memory held.</summary>
    public long PeakMemoryBytes { get; init; }

    /// <summary>The error, when FAILED.</summary>
    public ErrorCode? ErrorCode { get; init; }

    /// <summary>The error message, when FAILED.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The optimized plan, for statements that ran one (printed on first use).</summary>
    public string? PlanText => PlanSource?.Value;

    /// <summary>Prints the plan.</summary>
    internal Lazy<string?>? PlanSource { get; init; }

    /// <summary>Result column names, once known.</summary>
    public IReadOnlyList<string> ColumnNames { get; init; } = [];

    /// <summary>True once the query's operators run.</summary>
    public bool Scheduled { get; init; }

    /// <summary>True once every row was produced.</summary>
    public bool OutputComplete { get; init; }
}
