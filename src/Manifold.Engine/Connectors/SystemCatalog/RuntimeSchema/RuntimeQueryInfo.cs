namespace Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;

/// <summary>One query as <c>system.runtime.queries</c> and <c>system.runtime.tasks</c> show it.</summary>
public sealed record RuntimeQueryInfo
{
    /// <summary>The query id.</summary>
    public required string QueryId { get; init; }

    /// <summary>Trino's state name (QUEUED, RUNNING, FINISHED, FAILED, ...).</summary>
    public required string State { get; init; }

    /// <summary>The session user.</summary>
    public required string User { get; init; }

    /// <summary>The client's source.</summary>
    public string? Source { get; init; }

    /// <summary>The SQL text.</summary>
    public required string Query { get; init; }

    /// <summary>The resource group path segments, null when not admitted to one.</summary>
    public IReadOnlyList<string>? ResourceGroupId { get; init; }

    /// <summary>Time spent queued.</summary>
    public TimeSpan QueuedTime { get; init; }

    /// <summary>Time spent analyzing.</summary>
    public TimeSpan AnalysisTime { get; init; }

    /// <summary>Time spent planning.</summary>
    public TimeSpan PlanningTime { get; init; }

    /// <summary>When the query was created.</summary>
    public required DateTimeOffset Created { get; init; }

    /// <summary>When it started executing, if it did.</summary>
    public DateTimeOffset? Started { get; init; }

    /// <summary>When its client last polled.</summary>
    public required DateTimeOffset LastHeartbeat { get; init; }

    /// <summary>When it ended, if it did.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>The error type name (USER_ERROR, ...), null when it did not fail.</summary>
    public string? ErrorType { get; init; }

    /// <summary>The error code name, null when it did not fail.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Rows produced.</summary>
    public long OutputRows { get; init; }

    /// <summary>Bytes produced.</summary>
    public long OutputBytes { get; init; }

    /// <summary>Time spent producing rows.</summary>
    public TimeSpan CpuTime { get; init; }
}
