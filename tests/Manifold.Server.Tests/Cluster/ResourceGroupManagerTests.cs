using Manifold.Server.Cluster;
using Manifold.Server.Cluster.ResourceGroups;
using Manifold.Spi.Errors;

namespace Manifold.Server.Tests.Cluster;

/// <summary>The admission algorithm on its own: limits, queues, templates, selectors, memory and the four policies.</summary>
public sealed class ResourceGroupManagerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;
    private static int s_next;

    private static AdmissionRequest Request(string user = "alice", string? source = null, string type = "SELECT", string[]? tags = null,
        int priority = 1)
        => new($"q{Interlocked.Increment(ref s_next)}", user, source, type, new HashSet<string>(tags ?? []))
        {
            QueryPriority = priority,
        };

    private static ResourceGroupManager Manager(string json, long memory = 1L << 30, int seed = 7)
        => new(ResourceGroupConfigReader.Parse(json), "n1", nodeMemoryBytes: memory, random: new Random(seed));

    private static ResourceGroupInfo Info(ResourceGroupManager manager, string id) => manager.ListGroups().Single(g => g.Id == id);

    [Fact]
    public async Task The_default_group_runs_up_to_its_limit_queues_up_to_its_queue_and_refuses_the_rest()
    {
        var manager = new ResourceGroupManager(ResourceGroupManager.DefaultSpec(maxRunning: 2, maxQueued: 1), "n1");
        IAdmissionLease first = await manager.AdmitAsync(Request(), Token);
        IAdmissionLease second = await manager.AdmitAsync(Request(), Token);
        ValueTask<IAdmissionLease> third = manager.AdmitAsync(Request(), Token);
        Assert.False(third.IsCompleted);
        var full = await Assert.ThrowsAsync<ManifoldException>(async () => await manager.AdmitAsync(Request(), Token));
        Assert.Equal(StandardErrorCode.QueryQueueFull, full.ErrorCode);
        Assert.Equal("Too many queued queries for \"global\"", full.Message);
        Assert.Equal("FULL", Info(manager, "global").State);

        await first.DisposeAsync();
        IAdmissionLease started = await third;
        Assert.Equal("global", started.ResourceGroupId);
        Assert.Equal((2, 0, "CAN_QUEUE"), (Info(manager, "global").NumRunningQueries, Info(manager, "global").NumQueuedQueries, Info(manager, "global").State));
        await second.DisposeAsync();
        await started.DisposeAsync();
        await started.DisposeAsync();   // twice: the slot is freed once
        Assert.Equal((0, "CAN_RUN"), (Info(manager, "global").NumRunningQueries, Info(manager, "global").State));
        Assert.Empty(manager.Tickets.List());
    }

    [Fact]
    public async Task Queued_queries_start_first_in_first_out_under_fair()
    {
        var manager = new ResourceGroupManager(ResourceGroupManager.DefaultSpec(maxRunning: 1, maxQueued: 10), "n1");
        IAdmissionLease running = await manager.AdmitAsync(Request(), Token);
        var waiting = Enumerable.Range(0, 4).Select(_ => Request()).Select(r => (r.QueryId, Task: manager.AdmitAsync(r, Token).AsTask())).ToList();
        var order = new List<string>();
        IAdmissionLease current = running;
        foreach (var _ in waiting)
        {
            await current.DisposeAsync();
            var next = waiting.Single(w => w.Task.IsCompletedSuccessfully && !order.Contains(w.QueryId));
            order.Add(next.QueryId);
            current = await next.Task;
        }
        Assert.Equal(waiting.Select(w => w.QueryId), order);
    }

    private const string Nested = """
        {
          "rootGroups": [{
            "name": "global", "softMemoryLimit": "80%", "hardConcurrencyLimit": 3, "maxQueued": 4, "schedulingPolicy": "fair",
            "subGroups": [
              { "name": "adhoc", "softMemoryLimit": "50%", "hardConcurrencyLimit": 2, "maxQueued": 3,
                "subGroups": [{ "name": "${USER}", "softMemoryLimit": "1MB", "hardConcurrencyLimit": 1, "maxQueued": 2 }] },
              { "name": "bi-${tool}", "softMemoryLimit": "10%", "hardConcurrencyLimit": 1, "maxQueued": 1 },
              { "name": "ddl", "softMemoryLimit": "10%", "hardConcurrencyLimit": 1, "maxQueued": 1 }
            ]
          }],
          "selectors": [
            { "queryType": "DATA_DEFINITION", "group": "global.ddl" },
            { "source": "jdbc#(?<tool>[a-z]+)", "clientTags": ["hipri"], "group": "global.bi-${tool}" },
            { "user": "(?!mallory).*", "group": "global.adhoc.${USER}" }
          ]
        }
        """;

    [Fact]
    public async Task Selectors_route_by_type_source_and_tags_and_templates_create_groups_on_first_use()
    {
        var manager = Manager(Nested);
        Assert.Equal(["global", "global.adhoc", "global.ddl"], manager.ListGroups().Select(g => g.Id));

        Assert.Equal("global.ddl", (await manager.AdmitAsync(Request(type: "DATA_DEFINITION"), Token)).ResourceGroupId);
        Assert.Equal("global.bi-tableau", (await manager.AdmitAsync(Request(source: "jdbc#tableau", tags: ["hipri", "x"]), Token)).ResourceGroupId);
        Assert.Equal("global.adhoc.bob", (await manager.AdmitAsync(Request("bob", source: "jdbc#tableau"), Token)).ResourceGroupId);
        Assert.Equal(["global", "global.adhoc", "global.adhoc.bob", "global.bi-tableau", "global.ddl"],
            manager.ListGroups().Select(g => g.Id).Order(StringComparer.Ordinal));

        var rejected = await Assert.ThrowsAsync<ManifoldException>(async () => await manager.AdmitAsync(Request("mallory"), Token));
        Assert.Equal(StandardErrorCode.QueryRejected, rejected.ErrorCode);
        Assert.Equal("Query did not match any selection rule", rejected.Message);
    }

    [Fact]
    public async Task A_users_own_limit_queues_them_while_others_still_run_and_parents_count_descendants()
    {
        var manager = Manager(Nested);
        IAdmissionLease alice = await manager.AdmitAsync(Request("alice"), Token);
        ValueTask<IAdmissionLease> aliceAgain = manager.AdmitAsync(Request("alice"), Token);
        Assert.False(aliceAgain.IsCompleted);
        IAdmissionLease bob = await manager.AdmitAsync(Request("bob"), Token);
        ValueTask<IAdmissionLease> carol = manager.AdmitAsync(Request("carol"), Token);   // adhoc is at its limit of 2
        Assert.False(carol.IsCompleted);
        Assert.Equal((2, 2), (Info(manager, "global.adhoc").NumRunningQueries, Info(manager, "global.adhoc").NumQueuedQueries));
        Assert.Equal((2, 2, "CAN_RUN"), (Info(manager, "global").NumRunningQueries, Info(manager, "global").NumQueuedQueries, Info(manager, "global").State));
        Assert.Equal(["global.adhoc.alice", "global.adhoc.bob"], manager.Tickets.List().Select(t => t.ResourceGroupId));
        Assert.All(manager.Tickets.List(), t => Assert.Equal("n1", t.OwnerNode));

        // adhoc's queue limit (3) counts its children's queues: one more fits, then it is full.
        ValueTask<IAdmissionLease> dave = manager.AdmitAsync(Request("dave"), Token);
        var full = await Assert.ThrowsAsync<ManifoldException>(async () => await manager.AdmitAsync(Request("erin"), Token));
        Assert.Equal("Too many queued queries for \"global.adhoc.erin\"", full.Message);

        // Bob ends: adhoc has a slot; alice's group is still at its own limit, so the longest-waiting other user goes.
        await bob.DisposeAsync();
        Assert.Equal("global.adhoc.carol", (await carol).ResourceGroupId);
        Assert.False(aliceAgain.IsCompleted);
        await alice.DisposeAsync();
        Assert.Equal("global.adhoc.alice", (await aliceAgain).ResourceGroupId);
        Assert.False(dave.IsCompleted);
    }

    [Fact]
    public async Task A_group_with_children_takes_no_queries_and_cancelled_queued_queries_leave_the_queue()
    {
        var manager = Manager("""
            { "rootGroups": [{ "name": "global", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1,
                 "subGroups": [{ "name": "a", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1 }] }],
              "selectors": [{ "user": "root", "group": "global" }, { "group": "global.a" }] }
            """);
        var notLeaf = await Assert.ThrowsAsync<ManifoldException>(async () => await manager.AdmitAsync(Request("root"), Token));
        Assert.Equal(StandardErrorCode.QueryRejected, notLeaf.ErrorCode);
        Assert.Equal("Cannot add queries to 'global'. It is not a leaf group.", notLeaf.Message);

        IAdmissionLease running = await manager.AdmitAsync(Request(), Token);
        using var cancel = new CancellationTokenSource();
        ValueTask<IAdmissionLease> queued = manager.AdmitAsync(Request(), cancel.Token);
        await Assert.ThrowsAsync<ManifoldException>(async () => await manager.AdmitAsync(Request(), Token));   // queue full
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await queued);
        Assert.Equal(0, Info(manager, "global").NumQueuedQueries);
        ValueTask<IAdmissionLease> next = manager.AdmitAsync(Request(), Token);   // the queue has room again
        await running.DisposeAsync();
        await (await next).DisposeAsync();
        Assert.Equal(0, Info(manager, "global").NumRunningQueries);
    }

    [Fact]
    public async Task Memory_over_the_soft_limit_holds_new_queries_until_it_drops()
    {
        var manager = Manager("""
            { "rootGroups": [{ "name": "global", "softMemoryLimit": "50%", "hardConcurrencyLimit": 10, "maxQueued": 10 }],
              "selectors": [{ "group": "global" }] }
            """, memory: 1000);
        IAdmissionLease big = await manager.AdmitAsync(Request(), Token);
        Assert.Equal(500, Info(manager, "global").SoftMemoryLimitBytes);
        big.ReportMemory(501);
        Assert.Equal(("CAN_QUEUE", 501L), (Info(manager, "global").State, Info(manager, "global").MemoryUsageBytes));
        ValueTask<IAdmissionLease> waiting = manager.AdmitAsync(Request(), Token);
        Assert.False(waiting.IsCompleted);
        big.ReportMemory(400);
        (await waiting).ReportMemory(50);
        Assert.Equal(450, Info(manager, "global").MemoryUsageBytes);
        await big.DisposeAsync();
        Assert.Equal(50, Info(manager, "global").MemoryUsageBytes);
    }

    /// <summary>Root limit 4, filled by a blocker group; then a and b queue four each and the blocker's slots free one
    /// by one: the order shows the parent's policy.</summary>
    private static async Task<string> StartOrder(string policy, int[]? weights = null, int[]? priorities = null)
    {
        string[] w = weights is null ? ["", "", ""] : weights.Select(x => $", \"schedulingWeight\": {x}").ToArray();
        var manager = Manager($$"""
            { "rootGroups": [{ "name": "r", "softMemoryLimit": "100%", "hardConcurrencyLimit": 4, "maxQueued": 100, "schedulingPolicy": "{{policy}}",
                 "subGroups": [
                   { "name": "blocker", "softMemoryLimit": "100%", "hardConcurrencyLimit": 4, "maxQueued": 100 {{w[0]}} },
                   { "name": "a", "softMemoryLimit": "100%", "hardConcurrencyLimit": 4, "maxQueued": 100 {{w[1]}} },
                   { "name": "b", "softMemoryLimit": "100%", "hardConcurrencyLimit": 4, "maxQueued": 100 {{w[2]}} } ] }],
              "selectors": [{ "user": "blocker", "group": "r.blocker" }, { "user": "a", "group": "r.a" }, { "user": "b", "group": "r.b" }] }
            """);
        var blockers = new List<IAdmissionLease>();
        for (int i = 0; i < 4; i++)
        {
            blockers.Add(await manager.AdmitAsync(Request("blocker"), Token));
        }
        var waiting = new List<(string Label, Task<IAdmissionLease> Task)>();
        foreach (string user in (string[])["a", "b"])
        {
            for (int i = 0; i < 4; i++)
            {
                int index = waiting.Count;
                waiting.Add((user + (priorities is null ? "" : index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    manager.AdmitAsync(Request(user, priority: priorities?[index] ?? 1), Token).AsTask()));
            }
        }
        var order = new List<string>();
        foreach (IAdmissionLease blocker in blockers)
        {
            await blocker.DisposeAsync();
            var started = waiting.Where(x => x.Task.IsCompletedSuccessfully).ToList();
            Assert.Single(started);
            order.Add(started[0].Label);
            waiting.Remove(started[0]);
        }
        return string.Join(",", order);
    }

    [Fact]
    public async Task Fair_children_take_turns()
        => Assert.Equal("a,b,a,b", await StartOrder("fair"));

    [Fact]
    public async Task Weighted_fair_children_get_slots_in_proportion_to_their_weights()
        => Assert.Equal("a,b,a,a", await StartOrder("weighted_fair", weights: [1, 3, 1]));

    [Fact]
    public async Task Query_priority_starts_the_highest_priority_first_across_children()
        => Assert.Equal("b5,a1,b4,a3", await StartOrder("query_priority", priorities: [1, 5, 2, 3, 4, 6, 1, 1]));

    [Fact]
    public async Task Weighted_draws_children_in_proportion_to_their_weights()
    {
        var manager = Manager("""
            { "rootGroups": [{ "name": "r", "softMemoryLimit": "100%", "hardConcurrencyLimit": 1, "maxQueued": 1000, "schedulingPolicy": "weighted",
                 "subGroups": [
                   { "name": "light", "softMemoryLimit": "100%", "hardConcurrencyLimit": 1, "softConcurrencyLimit": 0, "maxQueued": 1000, "schedulingWeight": 1 },
                   { "name": "heavy", "softMemoryLimit": "100%", "hardConcurrencyLimit": 1, "softConcurrencyLimit": 0, "maxQueued": 1000, "schedulingWeight": 9 } ] }],
              "selectors": [{ "user": "light", "group": "r.light" }, { "group": "r.heavy" }] }
            """);
        IAdmissionLease current = await manager.AdmitAsync(Request("light"), Token);
        var light = Enumerable.Range(0, 400).Select(_ => manager.AdmitAsync(Request("light"), Token).AsTask()).ToList();
        var heavy = Enumerable.Range(0, 400).Select(_ => manager.AdmitAsync(Request("heavy"), Token).AsTask()).ToList();
        int heavyStarts = 0;
        for (int i = 0; i < 300; i++)
        {
            await current.DisposeAsync();
            Task<IAdmissionLease> started = light.Concat(heavy).Single(t => t.IsCompletedSuccessfully);
            heavyStarts += heavy.Remove(started) ? 1 : 0;
            light.Remove(started);
            current = await started;
        }
        Assert.InRange(heavyStarts, 240, 295);   // 9 in 10 expected: 270
    }

    [Fact]
    public async Task Weighted_prefers_children_below_their_soft_concurrency_limit()
    {
        var manager = Manager("""
            { "rootGroups": [{ "name": "r", "softMemoryLimit": "100%", "hardConcurrencyLimit": 3, "maxQueued": 100, "schedulingPolicy": "weighted",
                 "subGroups": [
                   { "name": "blocker", "softMemoryLimit": "100%", "hardConcurrencyLimit": 3, "maxQueued": 10, "schedulingWeight": 1 },
                   { "name": "light", "softMemoryLimit": "100%", "hardConcurrencyLimit": 3, "softConcurrencyLimit": 1, "maxQueued": 10, "schedulingWeight": 1 },
                   { "name": "heavy", "softMemoryLimit": "100%", "hardConcurrencyLimit": 3, "softConcurrencyLimit": 0, "maxQueued": 10, "schedulingWeight": 1000 } ] }],
              "selectors": [{ "user": "blocker", "group": "r.blocker" }, { "user": "light", "group": "r.light" }, { "group": "r.heavy" }] }
            """);
        var blockers = new List<IAdmissionLease>();
        for (int i = 0; i < 3; i++)
        {
            blockers.Add(await manager.AdmitAsync(Request("blocker"), Token));
        }
        Task<IAdmissionLease> light = manager.AdmitAsync(Request("light"), Token).AsTask();
        Task<IAdmissionLease> heavy = manager.AdmitAsync(Request("heavy"), Token).AsTask();
        await blockers[0].DisposeAsync();
        Assert.True(light.IsCompletedSuccessfully);   // below its soft limit: wins despite weight 1 against 1000
        Assert.False(heavy.IsCompleted);
    }
}
