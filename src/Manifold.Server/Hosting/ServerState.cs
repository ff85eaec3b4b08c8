namespace Manifold.Server.Hosting;

/// <summary>The facts about this node that the info endpoints report.</summary>
internal sealed class ServerState(string nodeId, string environment, DateTimeOffset startTime, TimeProvider time)
{
    private volatile NodeState _state = NodeState.Inactive;

    public string NodeId { get; } = nodeId;
    public string Environment { get; } = environment;
    public DateTimeOffset StartTime { get; } = startTime;
    public TimeProvider Time { get; } = time;
    public string Version { get; } = typeof(ServerState).Assembly.GetName().Version?.ToString(3) ?? "0.1.0";
    public string? ExternalAddress { get; set; }

    public NodeState State
    {
        get => _state;
        set => _state = value;
    }

    public TimeSpan Uptime => Time.GetUtcNow() - StartTime;

    /// <summary>Set by the host: starts a graceful shutdown (PUT /v1/info/state "SHUTTING_DOWN").</summary>
    public Action? RequestShutdown { get; set; }

    public static string WireName(NodeState state) => state switch
    {
        NodeState.Inactive => "INACTIVE",
        NodeState.Active => "ACTIVE",
        NodeState.ShuttingDown => "SHUTTING_DOWN",
    };
}
