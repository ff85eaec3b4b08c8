namespace Manifold.Server.Cluster.ResourceGroups;

/// <summary>One live group of a tree: its limits, its own queue and the running and queued counts of its subtree.</summary>
/// <remarks>Not thread-safe: <see cref="ResourceGroupManager"/> guards every group with one lock.</remarks>
internal sealed class ResourceGroup
{
    private readonly LinkedList<QueuedQuery> _queue = new();
    private readonly List<ResourceGroup> _children = [];

    public ResourceGroup(ResourceGroup? parent, string name, GroupSpec spec, long nodeMemoryBytes)
    {
        Parent = parent;
        Name = name;
        Id = parent is null ? name : parent.Id + "." + name;
        Spec = spec;
        SoftMemoryLimit = spec.SoftMemoryLimit(nodeMemoryBytes);
    }

    public ResourceGroup? Parent { get; }
    public string Name { get; }
    public string Id { get; }
    public GroupSpec Spec { get; }
    public long SoftMemoryLimit { get; }
    public IReadOnlyList<ResourceGroup> Children => _children;

    /// <summary>Queries running in this group itself and in its descendants.</summary>
    public int Running { get; private set; }

    /// <summary>Queries waiting in this group itself and in its descendants.</summary>
    public int Queued { get; private set; }

    /// <summary>Memory reserved by the running queries of the subtree.</summary>
    public long MemoryUsage { get; private set; }

    /// <summary>When the group last had its turn (or last became non-empty): fair and tie-breaking order among siblings.</summary>
    public long Turn { get; set; }

    public int Weight => Spec.SchedulingWeight ?? 1;

    public int SoftConcurrencyLimit => Spec.SoftConcurrencyLimit ?? Spec.HardConcurrencyLimit;

    public bool HasOwnQueue => _queue.Count > 0;

    public bool CanQueueMore => Queued < Spec.MaxQueued;

    /// <summary>Trino's canRunMore: memory at or under the soft limit and fewer running than the hard limit.</summary>
    public bool CanRunMore => MemoryUsage <= SoftMemoryLimit && Running < Spec.HardConcurrencyLimit;

    /// <summary>Whether a queued query of the subtree could start as far as this group is concerned.</summary>
    public bool IsEligible => Queued > 0 && CanRunMore;

    public string State => CanRunMore ? "CAN_RUN" : CanQueueMore ? "CAN_QUEUE" : "FULL";

    public ResourceGroup? FindChild(string name) => _children.Find(c => c.Name == name);

    public void AddChild(ResourceGroup child) => _children.Add(child);

    /// <summary>The highest query_priority waiting in the subtree (int.MinValue when nothing waits).</summary>
    public int HighestQueuedPriority()
    {
        int highest = int.MinValue;
        foreach (QueuedQuery query in _queue)
        {
            highest = Math.Max(highest, query.Request.QueryPriority);
        }
        foreach (ResourceGroup child in _children)
        {
            if (child.Queued > 0)
            {
                highest = Math.Max(highest, child.HighestQueuedPriority());
            }
        }
        return highest;
    }

    public void Enqueue(QueuedQuery query)
    {
        query.Node = _queue.AddLast(query);
        for (ResourceGroup? group = this; group is not null; group = group.Parent)
        {
            group.Queued++;
        }
    }

    /// <summary>Takes <paramref name="query"/> out of the queue (started, cancelled or failed).</summary>
    public void Dequeue(QueuedQuery query)
    {
        _queue.Remove(query.Node!);
        query.Node = null;
        for (ResourceGroup? group = this; group is not null; group = group.Parent)
        {
            group.Queued--;
        }
    }

    /// <summary>The query this group would start next from its own queue, by its scheduling policy.</summary>
    public QueuedQuery NextQueued(Random random)
    {
        switch (Spec.SchedulingPolicy)
        {
            case SchedulingPolicy.Fair:
                return _queue.First!.Value;
            case SchedulingPolicy.Weighted:
                {
                    // Drawn with probability proportional to query_priority.
                    long total = 0;
                    foreach (QueuedQuery query in _queue)
                    {
                        total += Math.Max(1, query.Request.QueryPriority);
                    }
                    long draw = random.NextInt64(total);
                    foreach (QueuedQuery query in _queue)
                    {
                        draw -= Math.Max(1, query.Request.QueryPriority);
                        if (draw < 0)
                        {
                            return query;
                        }
                    }
                    return _queue.Last!.Value;
                }
            default:
                {
                    // Highest priority first; first come first served among equals.
                    QueuedQuery best = _queue.First!.Value;
                    foreach (QueuedQuery query in _queue)
                    {
                        if (query.Request.QueryPriority > best.Request.QueryPriority)
                        {
                            best = query;
                        }
                    }
                    return best;
                }
        }
    }

    /// <summary>Counts a started query (and its memory) in this group and every ancestor.</summary>
    public void AddRunning()
    {
        for (ResourceGroup? group = this; group is not null; group = group.Parent)
        {
            group.Running++;
        }
    }

    public void RemoveRunning()
    {
        for (ResourceGroup? group = this; group is not null; group = group.Parent)
        {
            group.Running--;
        }
    }

    public void AddMemory(long delta)
    {
        for (ResourceGroup? group = this; group is not null; group = group.Parent)
        {
            group.MemoryUsage += delta;
        }
    }
}

/// <summary>A query waiting in a group's queue for its slot.</summary>
internal sealed class QueuedQuery(AdmissionRequest request, ResourceGroup group)
{
    public AdmissionRequest Request { get; } = request;
    public ResourceGroup Group { get; } = group;
    public TaskCompletionSource<IAdmissionLease> Admitted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public LinkedListNode<QueuedQuery>? Node { get; set; }
    public CancellationTokenRegistration Cancellation { get; set; }
}
