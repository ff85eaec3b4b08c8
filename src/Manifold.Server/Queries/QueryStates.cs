namespace Manifold.Server.Queries;

/// <summary>Wire names of <see cref="QueryState"/> and checks on them.</summary>
public static class QueryStates
{
    /// <summary>Trino's name of a state: <c>QUEUED</c>, <c>WAITING_FOR_RESOURCES</c>, ...</summary>
    public static string ToWireName(this QueryState state) => state switch
    {
        QueryState.Queued => "QUEUED",
        QueryState.WaitingForResources => "WAITING_FOR_RESOURCES",
        QueryState.Dispatching => "DISPATCHING",
        QueryState.Planning => "PLANNING",
        QueryState.Starting => "STARTING",
        QueryState.Running => "RUNNING",
        QueryState.Finishing => "FINISHING",
        QueryState.Finished => "FINISHED",
        QueryState.Failed => "FAILED",
    };

    /// <summary>Parses a wire name (case-insensitive); false for anything else.</summary>
    public static bool TryParse(string text, out QueryState state)
    {
        foreach (QueryState candidate in Enum.GetValues<QueryState>())
        {
            if (candidate.ToWireName().Equals(text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                state = candidate;
                return true;
            }
        }
        state = default;
        return false;
    }

    /// <summary>FINISHED or FAILED.</summary>
    public static bool IsDone(this QueryState state) => state is QueryState.Finished or QueryState.Failed;
}
