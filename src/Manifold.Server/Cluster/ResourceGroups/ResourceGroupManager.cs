using System.Text.RegularExpressions;
using Manifold.Spi.Errors;

namespace Manifold.Server.Cluster.ResourceGroups;

/// <summary>Trino's resource groups on one coordinator: selectors route each query to a group (created from its template
/// on first use), the group runs it at once, queues it, or refuses it with QUERY_QUEUE_FULL; a finished query's slot goes
/// to the next queued query by the groups' scheduling policies.</summary>
/// <remarks>Thread-safe; all groups share one lock. Every running slot is also an <see cref="AdmissionTicket"/> in the
/// <see cref="IAdmissionTicketStore"/> (DESIGN.md §6). Queued queries start the moment capacity frees up (a finished
/// query, a lowered memory reservation), not on a timer.</remarks>
public sealed class ResourceGroupManager : IAdmissionController
{
    private readonly object _lock = new();
    private readonly ResourceGroupsSpec _spec;
    private readonly List<ResourceGroup> _roots = [];
    private readonly IAdmissionTicketStore _tickets;
    private readonly string _nodeId;
    private readonly TimeProvider _time;
    private readonly long _nodeMemoryBytes;
    private readonly Random _random;
    private long _turn;

    /// <summary>Creates the groups of <paramref name="spec"/> on node <paramref name="nodeId"/>.</summary>
    /// <param name="spec">The configuration (<see cref="ResourceGroupConfigReader"/>, or <see cref="DefaultSpec"/>).</param>
    /// <param name="nodeId">This node, the owner of the tickets it issues.</param>
    /// <param name="tickets">Where running slots are recorded; in memory when null.</param>
    /// <param name="time">The clock of ticket times.</param>
    /// <param name="nodeMemoryBytes">The memory that percentage soft memory limits are taken of; the memory available to
    /// the process when null.</param>
    /// <param name="random">The draws of the <c>weighted</c> policy (tests pass a seeded one).</param>
    public ResourceGroupManager(ResourceGroupsSpec spec, string nodeId, IAdmissionTicketStore? tickets = null, TimeProvider? time = null,
        long? nodeMemoryBytes = null, Random? random = null)
    {
        _spec = spec;
        _nodeId = nodeId;
        _tickets = tickets ?? new InMemoryAdmissionTicketStore();
        _time = time ?? TimeProvider.System;
        _nodeMemoryBytes = nodeMemoryBytes ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        _random = random ?? new Random();
        foreach (GroupSpec root in spec.RootGroups)
        {
            CreateLiteralGroups(null, root);
        }
    }

    /// <summary>The configuration without a resource-groups file: every query in one <c>global</c> group.</summary>
    /// <param name="maxRunning">Its hard concurrency limit (<c>query.max-concurrent-queries</c>, 1000 by default).</param>
    /// <param name="maxQueued">Its queue limit (<c>query.max-queued-queries</c>, 5000 by default).</param>
    public static ResourceGroupsSpec DefaultSpec(int maxRunning = 1000, int maxQueued = 5000)
    {
        var global = new GroupSpec { Name = "global", HardConcurrencyLimit = maxRunning, MaxQueued = maxQueued, SoftMemoryFraction = 1 };
        return new ResourceGroupsSpec([global], [new SelectorSpec { Group = "global", Path = [global] }]);
    }

    /// <summary>The tickets of the queries running now.</summary>
    public IAdmissionTicketStore Tickets => _tickets;

    /// <inheritdoc />
    public ValueTask<IAdmissionLease> AdmitAsync(AdmissionRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        (SelectorSpec selector, Dictionary<string, string> variables) = Select(request)
            ?? throw new ManifoldException(StandardErrorCode.QueryRejected, "Query did not match any selection rule");
        QueuedQuery queued;
        lock (_lock)
        {
            ResourceGroup group = Resolve(selector, variables);
            if (group.Children.Count > 0)
            {
                throw new ManifoldException(StandardErrorCode.QueryRejected, $"Cannot add queries to '{group.Id}'. It is not a leaf group.");
            }
            bool canQueue = true;
            bool canRun = true;
            for (ResourceGroup? g = group; g is not null; g = g.Parent)
            {
                canQueue &= g.CanQueueMore;
                canRun &= g.CanRunMore;
            }
            if (canRun)
            {
                return ValueTask.FromResult<IAdmissionLease>(Start(group, request));
            }
            if (!canQueue)
            {
                throw new ManifoldException(StandardErrorCode.QueryQueueFull, $"Too many queued queries for \"{group.Id}\"");
            }
            queued = new QueuedQuery(request, group);
            for (ResourceGroup? g = group; g is not null; g = g.Parent)
            {
                if (g.Queued == 0)
                {
                    g.Turn = ++_turn;   // just became non-empty: it joins the back of its parent's turns
                }
            }
            group.Enqueue(queued);
            // Under the lock, so a query started meanwhile cannot miss its unregistration; a token cancelled already runs
            // Cancel on this thread, which re-enters the lock.
            queued.Cancellation = cancellationToken.Register(() => Cancel(queued, cancellationToken));
        }
        return new ValueTask<IAdmissionLease>(queued.Admitted.Task);
    }

    /// <inheritdoc />
    public IReadOnlyList<ResourceGroupInfo> ListGroups()
    {
        IReadOnlyList<AdmissionTicket> tickets = _tickets.List();
        var infos = new List<ResourceGroupInfo>();
        lock (_lock)
        {
            foreach (ResourceGroup root in _roots)
            {
                Describe(root, tickets, infos);
            }
        }
        return infos;
    }

    private static void Describe(ResourceGroup group, IReadOnlyList<AdmissionTicket> tickets, List<ResourceGroupInfo> infos)
    {
        string prefix = group.Id + ".";
        infos.Add(new ResourceGroupInfo
        {
            Id = group.Id,
            State = group.State,
            SchedulingPolicy = group.Spec.SchedulingPolicy.ToWireName(),
            SchedulingWeight = group.Weight,
            SoftMemoryLimitBytes = group.SoftMemoryLimit,
            SoftConcurrencyLimit = group.SoftConcurrencyLimit,
            HardConcurrencyLimit = group.Spec.HardConcurrencyLimit,
            MaxQueuedQueries = group.Spec.MaxQueued,
            MemoryUsageBytes = group.MemoryUsage,
            NumQueuedQueries = group.Queued,
            NumRunningQueries = group.Running,
            NumEligibleSubGroups = group.Children.Count(c => c.IsEligible),
            SubGroups = group.Children.Select(c => c.Id).ToArray(),
            RunningQueries = tickets
                .Where(t => t.ResourceGroupId == group.Id || t.ResourceGroupId.StartsWith(prefix, StringComparison.Ordinal))
                .Select(t => t.QueryId).ToArray(),
        });
        foreach (ResourceGroup child in group.Children)
        {
            Describe(child, tickets, infos);
        }
    }

    /// <summary>The first selector that matches, with the variables its group template may use.</summary>
    private (SelectorSpec, Dictionary<string, string>)? Select(AdmissionRequest request)
    {
        foreach (SelectorSpec selector in _spec.Selectors)
        {
            var variables = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["USER"] = request.User,
                ["SOURCE"] = request.Source ?? "",
            };
            if (Matches(selector.User, request.User, variables)
                && (selector.UserGroup is null || request.UserGroups.Any(g => Matches(selector.UserGroup, g, variables)))
                && Matches(selector.OriginalUser, request.OriginalUser ?? request.User, variables)
                && (selector.AuthenticatedUser is null || Matches(selector.AuthenticatedUser, request.AuthenticatedUser, variables))
                && (selector.Source is null || Matches(selector.Source, request.Source, variables))
                && (selector.QueryType is null || selector.QueryType.Equals(request.QueryType, StringComparison.OrdinalIgnoreCase))
                && selector.ClientTags.All(request.ClientTags.Contains))
            {
                return (selector, variables);
            }
        }
        return null;
    }

    /// <summary>True when there is no pattern, or it matches the whole (present) value; its named groups become variables.</summary>
    private static bool Matches(Regex? pattern, string? value, Dictionary<string, string> variables)
    {
        if (pattern is null)
        {
            return true;
        }
        if (value is null)
        {
            return false;
        }
        Match match;
        try
        {
            match = pattern.Match(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
        if (!match.Success)
        {
            return false;
        }
        foreach (Group group in match.Groups)
        {
            if (!int.TryParse(group.Name, out _) && group.Success)
            {
                variables[group.Name] = group.Value;
            }
        }
        return true;
    }

    /// <summary>The concrete group a selector names, created (with its missing ancestors) from the templates.</summary>
    private ResourceGroup Resolve(SelectorSpec selector, Dictionary<string, string> variables)
    {
        ResourceGroup? group = null;
        foreach (GroupSpec spec in selector.Path)
        {
            string name = ResourceGroupConfigReader.VariablePattern().Replace(spec.Name, m => variables.GetValueOrDefault(m.Groups[1].Value, ""));
            group = GetOrCreate(group, name, spec);
        }
        return group!;
    }

    private ResourceGroup GetOrCreate(ResourceGroup? parent, string name, GroupSpec spec)
    {
        ResourceGroup? existing = parent is null ? _roots.Find(r => r.Name == name) : parent.FindChild(name);
        if (existing is not null)
        {
            return existing;
        }
        if (parent is not null && (parent.HasOwnQueue || parent.Running > parent.Children.Sum(c => c.Running)))
        {
            throw new ManifoldException(StandardErrorCode.QueryRejected,
                $"Cannot add sub group to '{parent.Id}' while queries are queued or running in it");
        }
        var group = new ResourceGroup(parent, name, spec, _nodeMemoryBytes);
        if (parent is null)
        {
            _roots.Add(group);
        }
        else
        {
            parent.AddChild(group);
        }
        return group;
    }

    /// <summary>Creates the groups whose names hold no variables up front, so their state shows before any query.</summary>
    private void CreateLiteralGroups(ResourceGroup? parent, GroupSpec spec)
    {
        if (ResourceGroupConfigReader.VariablePattern().IsMatch(spec.Name))
        {
            return;
        }
        ResourceGroup group = GetOrCreate(parent, spec.Name, spec);
        foreach (GroupSpec child in spec.SubGroups)
        {
            CreateLiteralGroups(group, child);
        }
    }

    /// <summary>Gives <paramref name="request"/> a slot in <paramref name="group"/> (caller holds the lock).</summary>
    private Lease Start(ResourceGroup group, AdmissionRequest request)
    {
        _tickets.Issue(new AdmissionTicket(request.QueryId, group.Id, _nodeId, _time.GetUtcNow(), request.User));
        group.AddRunning();
        return new Lease(this, group, request.QueryId);
    }

    private void Cancel(QueuedQuery queued, CancellationToken token)
    {
        lock (_lock)
        {
            if (queued.Node is null)
            {
                return;   // already started; the lease is the caller's to release
            }
            queued.Group.Dequeue(queued);
        }
        queued.Admitted.TrySetCanceled(token);
    }

    /// <summary>Starts queued queries while some group can run one (caller holds the lock).</summary>
    private void StartQueued()
    {
        foreach (ResourceGroup root in _roots)
        {
            while (TryStartNext(root))
            {
            }
        }
    }

    /// <summary>Trino's internalStartNext: the group's own next query, else one from the child whose turn it is.</summary>
    private bool TryStartNext(ResourceGroup group)
    {
        if (group.Queued == 0 || !group.CanRunMore)
        {
            return false;
        }
        if (group.HasOwnQueue)
        {
            QueuedQuery next = group.NextQueued(_random);
            group.Dequeue(next);
            next.Cancellation.Unregister();
            Lease lease = Start(group, next.Request);
            if (!next.Admitted.TrySetResult(lease))
            {
                lease.ReleaseLocked();   // cancelled at the same moment: give the slot back
            }
            return true;
        }
        var candidates = group.Children.Where(c => c.IsEligible).ToList();
        while (candidates.Count > 0)
        {
            ResourceGroup child = PickChild(group.Spec.SchedulingPolicy, candidates);
            if (TryStartNext(child))
            {
                child.Turn = ++_turn;
                return true;
            }
            candidates.Remove(child);
        }
        return false;
    }

    private ResourceGroup PickChild(SchedulingPolicy policy, List<ResourceGroup> candidates)
    {
        switch (policy)
        {
            case SchedulingPolicy.Weighted:
                {
                    // Proportional to weight; a child under its soft concurrency limit practically always wins.
                    double Weight(ResourceGroup c) => c.Weight * (c.Running < c.SoftConcurrencyLimit ? int.MaxValue : 1.0);
                    double draw = _random.NextDouble() * candidates.Sum(Weight);
                    foreach (ResourceGroup child in candidates)
                    {
                        draw -= Weight(child);
                        if (draw < 0)
                        {
                            return child;
                        }
                    }
                    return candidates[^1];
                }
            case SchedulingPolicy.WeightedFair:
                // The smallest share of running queries relative to the share of weight; the longest waiting on ties.
                return candidates.MinBy(c => ((double)c.Running / c.Weight, c.Turn))!;
            case SchedulingPolicy.QueryPriority:
                return candidates.MinBy(c => (-(long)c.HighestQueuedPriority(), c.Turn))!;
            default:
                return candidates.MinBy(c => c.Turn)!;
        }
    }

    /// <summary>A running slot: reports memory against the group's soft limit and frees the slot when disposed.</summary>
    private sealed class Lease(ResourceGroupManager manager, ResourceGroup group, string queryId) : IAdmissionLease
    {
        private long _memory;
        private bool _released;

        public string ResourceGroupId => group.Id;

        public void ReportMemory(long bytes)
        {
            lock (manager._lock)
            {
                if (_released)
                {
                    return;
                }
                long delta = bytes - _memory;
                _memory = bytes;
                group.AddMemory(delta);
                if (delta < 0)
                {
                    manager.StartQueued();
                }
            }
        }

        public ValueTask DisposeAsync()
        {
            lock (manager._lock)
            {
                if (ReleaseLocked())
                {
                    manager.StartQueued();
                }
            }
            return ValueTask.CompletedTask;
        }

        /// <summary>Frees the slot (caller holds the lock); false when it was already free.</summary>
        public bool ReleaseLocked()
        {
            if (_released)
            {
                return false;
            }
            _released = true;
            group.AddMemory(-_memory);
            group.RemoveRunning();
            manager._tickets.Release(queryId);
            return true;
        }
    }
}
