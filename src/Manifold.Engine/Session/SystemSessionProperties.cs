using System.Globalization;
using Manifold.Spi.Types;

namespace Manifold.Engine.Session;

/// <summary>The engine's system session properties (SET SESSION name = value) and typed accessors.</summary>
public static class SystemSessionProperties
{
    /// <summary>Worker threads per query; defaults to the number of cores.</summary>
    public const string TaskConcurrency = "task_concurrency";

    /// <summary>Rows per page produced by sources and operators (tests use 1 and 7).</summary>
    public const string PageSize = "page_size";

    /// <summary>Per-query memory limit on this node.</summary>
    public const string QueryMaxMemoryPerNode = "query_max_memory_per_node";

    /// <summary>Comma-separated optimizer rules to turn off, or <c>all</c>.</summary>
    public const string DisabledOptimizerRules = "disabled_optimizer_rules";

    /// <summary>Join reordering strategy: AUTOMATIC or NONE.</summary>
    public const string JoinReorderingStrategy = "join_reordering_strategy";

    /// <summary>Maximum run time (queued + running).</summary>
    public const string QueryMaxRunTime = "query_max_run_time";

    /// <summary>Maximum execution time (excluding queueing).</summary>
    public const string QueryMaxExecutionTime = "query_max_execution_time";

    /// <summary>Maximum time in the queue.</summary>
    public const string QueryMaxQueuedTime = "query_max_queued_time";

    /// <summary>Priority among queued queries of resource groups that schedule by priority (larger runs first).</summary>
    public const string QueryPriority = "query_priority";

    /// <summary>Every definition, by name.</summary>
    public static IReadOnlyDictionary<string, SessionPropertyDefinition> All { get; } = new[]
    {
        new SessionPropertyDefinition(TaskConcurrency, SqlType.Integer, Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
            "Number of threads a query uses on this node", value => PositiveInt(value, 1024)),
        new SessionPropertyDefinition(PageSize, SqlType.Integer, "2048",
            "Maximum rows per page produced by operators", value => PositiveInt(value, 1 << 20)),
        new SessionPropertyDefinition(QueryMaxMemoryPerNode, SqlType.Varchar, DataSize.Format(DefaultQueryMemory()),
            "Maximum memory a query may use on this node", value => DataSize.TryParse(value, out _) ? null : $"Invalid data size: '{value}'"),
        new SessionPropertyDefinition(DisabledOptimizerRules, SqlType.Varchar, "",
            "Optimizer rules to turn off (comma-separated names, or 'all')"),
        new SessionPropertyDefinition(JoinReorderingStrategy, SqlType.Varchar, "AUTOMATIC",
            "Join reordering strategy: AUTOMATIC or NONE",
            value => value.ToUpperInvariant() is "AUTOMATIC" or "NONE" ? null : $"Invalid join reordering strategy: '{value}'"),
        new SessionPropertyDefinition(QueryMaxRunTime, SqlType.Varchar, "100.00d",
            "Maximum run time of a query, including queueing", value => Duration.TryParse(value, out _) ? null : $"Invalid duration: '{value}'"),
        new SessionPropertyDefinition(QueryMaxExecutionTime, SqlType.Varchar, "100.00d",
            "Maximum execution time of a query", value => Duration.TryParse(value, out _) ? null : $"Invalid duration: '{value}'"),
        new SessionPropertyDefinition(QueryMaxQueuedTime, SqlType.Varchar, "100.00d",
            "Maximum time a query may wait in a queue", value => Duration.TryParse(value, out _) ? null : $"Invalid duration: '{value}'"),
        new SessionPropertyDefinition(QueryPriority, SqlType.Integer, "1",
            "The priority of queries. Larger numbers are higher priority", value => PositiveInt(value, int.MaxValue)),
    }.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The default per-query memory limit: 30% of the memory available to the process.</summary>
    public static long DefaultQueryMemory() => (long)(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 0.3);

    private static string? PositiveInt(string value, int max)
        => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= 1 && n <= max
            ? null
            : $"must be an integer between 1 and {max}: '{value}'";
}
