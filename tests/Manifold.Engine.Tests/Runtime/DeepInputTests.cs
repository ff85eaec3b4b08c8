using System.Text;
using Manifold.Engine.Runtime;
using Manifold.Spi.Errors;
using Manifold.Testing;

namespace Manifold.Engine.Tests.Runtime;

/// <summary>Deeply nested and very long statements through the whole engine on a 1 MB stack: 10 000-deep nesting of
/// every kind, 10 000-branch unions, chains of CTEs that build plans hundreds of operators deep (which the parser lets
/// through, so the planner, optimizer, plan printer, execution planner and operators must all stop in time), and
/// 100 000-term AND/OR chains. Each either runs and gives the right answer or fails with SYNTAX_ERROR or
/// QUERY_TEXT_TOO_LARGE, never with a stack overflow (which would kill the test host).</summary>
public sealed class DeepInputTests : IDisposable
{
    private const int Deep = 10_000;

    private readonly ManifoldEngine _engine = ManifoldEngine.Create();
    private readonly Session.Session _session;

    public DeepInputTests() => _session = EngineHarness.MemorySession(_engine);

    public void Dispose() => _engine.Dispose();

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    public static TheoryData<string, string> DeepNesting() => new()
    {
        { "parentheses", "SELECT " + Repeat("(", Deep) + "1" + Repeat(")", Deep) },
        { "scalar subqueries", "SELECT " + Repeat("(SELECT ", Deep) + "1" + Repeat(")", Deep) },
        { "IN subqueries", "SELECT 1 WHERE 1 IN " + Repeat("(SELECT 1 WHERE 1 IN ", Deep) + "(SELECT 1)" + Repeat(")", Deep) },
        { "EXISTS subqueries", "SELECT 1 WHERE " + Repeat("EXISTS (SELECT 1 WHERE ", Deep) + "true" + Repeat(")", Deep) },
        { "CASE", "SELECT " + Repeat("CASE WHEN true THEN ", Deep) + "1" + Repeat(" ELSE 0 END", Deep) },
        { "function calls", "SELECT " + Repeat("abs(", Deep) + "1" + Repeat(")", Deep) },
        { "coalesce", "SELECT " + Repeat("coalesce(", Deep) + "1" + Repeat(", 2)", Deep) },
        { "ARRAY constructors", "SELECT " + Repeat("ARRAY[", Deep) + "1" + Repeat("]", Deep) },
        { "ROW constructors", "SELECT " + Repeat("ROW(", Deep) + "1" + Repeat(")", Deep) },
        { "casts", "SELECT " + Repeat("CAST(", Deep) + "1" + Repeat(" AS bigint)", Deep) },
        { "lambdas", "SELECT " + Repeat("transform(ARRAY[1], x -> ", Deep) + "1" + Repeat(")", Deep) },
        { "NOT chain", "SELECT " + Repeat("NOT ", Deep) + "true" },
        { "unary minus chain", "SELECT " + Repeat("- ", Deep) + "1" },
        { "negated parentheses", "SELECT " + Repeat("-(", Deep) + "1" + Repeat(")", Deep) },
        { "binary plus chain", "SELECT " + string.Join(" + ", Enumerable.Repeat("1", Deep)) },
        { "concatenation chain", "SELECT " + string.Join(" || ", Enumerable.Repeat("'a'", Deep)) },
        { "UNION ALL chain", string.Join(" UNION ALL ", Enumerable.Repeat("SELECT 1", Deep)) },
        { "UNION ALL chain in a subquery", "SELECT count(*) FROM (" + string.Join(" UNION ALL ", Enumerable.Repeat("SELECT 1 AS x", Deep)) + ")" },
        { "UNION chain", string.Join(" UNION ", Enumerable.Repeat("SELECT 1", Deep)) },
        { "derived tables", "SELECT * FROM " + Repeat("(SELECT * FROM ", Deep) + "(VALUES 1)" + Repeat(")", Deep) },
        { "joins", "SELECT count(*) FROM (VALUES 1) t (x)" + string.Concat(Enumerable.Range(1, Deep).Select(i => $" JOIN (VALUES 1) t{i} (x{i}) ON x = x{i}")) },
        { "CTEs referencing CTEs", Chain(Deep, "SELECT x FROM c{p}") },
        { "EXPLAIN of nesting", "EXPLAIN SELECT " + Repeat("(", Deep) + "1" + Repeat(")", Deep) },
        { "PREPARE of nesting", "PREPARE p FROM SELECT " + Repeat("(", Deep) + "1" + Repeat(")", Deep) },
        { "CREATE TABLE AS of nesting", "CREATE TABLE deep AS SELECT * FROM " + Repeat("(SELECT * FROM ", Deep) + "(VALUES 1)" + Repeat(")", Deep) },
        { "truncated nesting", "SELECT " + Repeat("(SELECT ", Deep) + "1" + Repeat(")", Deep / 2) },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public async Task Ten_thousand_deep_nesting_fails_cleanly(string shape, string sql)
    {
        HostileInput.Outcome outcome = HostileInput.RunOnSmallStack(_engine, _session, sql);

        Assert.True(outcome.ErrorName is "SYNTAX_ERROR" or "QUERY_TEXT_TOO_LARGE", $"{shape}: {outcome.ErrorName ?? "success"} {outcome.Error?.Message}");
        Assert.Equal([1L], (await EngineHarness.RunAsync(_engine, _session, "SELECT count(*) FROM (VALUES 1)")).Single());
    }

    /// <summary>A chain of <paramref name="count"/> CTEs, each (<c>c{i}</c>) defined by <paramref name="body"/> over the
    /// previous one (<c>{p}</c>); <c>{i}</c> is the CTE's number. The first is <c>SELECT 1 AS x</c>.</summary>
    private static string Chain(int count, string body)
    {
        var text = new StringBuilder("WITH c0 AS (SELECT 1 AS x)");
        for (int i = 1; i < count; i++)
        {
            text.Append(", c").Append(i).Append(" AS (")
                .Append(body.Replace("{p}", (i - 1).ToString(), StringComparison.Ordinal).Replace("{i}", i.ToString(), StringComparison.Ordinal))
                .Append(')');
        }
        return text.Append(" SELECT * FROM c").Append(count - 1).ToString();
    }

    /// <summary>CTE bodies whose chains stay deep after optimization, each with the value its chain produces.</summary>
    private static readonly (string Name, string Body, long Value)[] s_chains =
    [
        ("projection", "SELECT x FROM c{p}", 1),
        ("global aggregation", "SELECT sum(x) AS x FROM c{p}", 1),
        ("distinct", "SELECT DISTINCT x FROM c{p}", 1),
        ("grouping sets", "SELECT max(x) AS x FROM c{p} GROUP BY GROUPING SETS ((x), ())", 1),
        ("window", "SELECT max(x) OVER () AS x FROM c{p}", 1),
        ("join", "SELECT a.x FROM c{p} a JOIN (VALUES 1) b (y) ON a.x = b.y", 1),
        ("cross join", "SELECT a.x FROM c{p} a, (VALUES 1) b (y)", 1),
        ("top-n", "SELECT x FROM c{p} ORDER BY x LIMIT {i}", 1),
        ("sort", "SELECT x FROM c{p} ORDER BY x", 1),
        ("limit", "SELECT x FROM c{p} LIMIT {i}", 1),
        ("filter and arithmetic", "SELECT x + 1 AS x FROM c{p} WHERE x > 0", 0),
        ("unnest", "SELECT u AS x FROM c{p} CROSS JOIN UNNEST(ARRAY[x]) AS t (u)", 1),
        ("correlated subquery", "SELECT (SELECT max(y) FROM (VALUES 1) v (y) WHERE y = c{p}.x) AS x FROM c{p}", 1),
        ("IN subquery", "SELECT 1 AS x WHERE 1 IN (SELECT x FROM c{p})", 1),
    ];

    public static TheoryData<string, int> ChainCases()
    {
        var data = new TheoryData<string, int>();
        foreach (var chain in s_chains)
        {
            // Around the depth where planning on a 1 MB stack stops, and far beyond it.
            foreach (int count in new[] { 150, 215, 2000 })
            {
                data.Add(chain.Name, count);
            }
        }
        return data;
    }

    private static (string Body, long Value) ChainBody(string name)
    {
        var chain = s_chains.Single(c => c.Name == name);
        return (chain.Body, chain.Value);
    }

    private static void AssertRightOrTooLarge(string name, int count, long value, HostileInput.Outcome outcome)
    {
        if (outcome.Error is { } error)
        {
            Assert.True(error.ErrorCode == StandardErrorCode.QueryTextTooLarge, $"{name} x{count}: {error.ErrorCode.Name} {error.Message}");
            return;
        }
        long expected = name == "filter and arithmetic" ? count : value;
        Assert.Equal(expected, Convert.ToInt64(outcome.Rows!.Single()[0]));
    }

    [Theory]
    [MemberData(nameof(ChainCases))]
    public void Deep_plans_run_or_fail_with_query_text_too_large(string name, int count)
    {
        var (body, value) = ChainBody(name);
        HostileInput.Outcome outcome = HostileInput.RunOnSmallStack(_engine, _session, Chain(count, body));
        AssertRightOrTooLarge(name, count, value, outcome);
    }

    [Theory]
    [InlineData("EXPLAIN")]
    [InlineData("EXPLAIN ANALYZE")]
    [InlineData("EXPLAIN (FORMAT JSON)")]
    [InlineData("EXPLAIN (TYPE DISTRIBUTED)")]
    public void Explaining_deep_plans_works_or_fails_with_query_text_too_large(string explain)
    {
        foreach (var (name, body, _) in s_chains.Take(6))
        {
            foreach (int count in new[] { 200, 260 })
            {
                HostileInput.Outcome outcome = HostileInput.RunOnSmallStack(_engine, _session, explain + " " + Chain(count, body));
                Assert.True(outcome.Error is null || outcome.ErrorName == "QUERY_TEXT_TOO_LARGE", $"{explain} {name} x{count}: {outcome.Error?.Message}");
            }
        }
    }

    /// <summary>A statement planned on a thread with a big stack must not overflow a smaller one that reads its rows
    /// (a server may start a query on one thread and fetch its pages on another).</summary>
    [Theory]
    [InlineData("global aggregation")]
    [InlineData("window")]
    [InlineData("limit")]
    public void Deep_plans_planned_on_a_big_stack_and_read_on_a_small_one_fail_cleanly(string name)
    {
        var (body, value) = ChainBody(name);
        const int count = 1000;
        QueryResult? result = null;
        var planner = new Thread(() => result = _engine.ExecuteAsync(_session, Chain(count, body)).GetAwaiter().GetResult(), 64 * 1024 * 1024);
        planner.Start();
        planner.Join();
        Assert.NotNull(result);

        HostileInput.Outcome outcome = SmallStack.Run(() =>
        {
            try
            {
                using (result)
                {
                    return new HostileInput.Outcome(result!.ReadAllRowsAsync().GetAwaiter().GetResult(), null);
                }
            }
            catch (ManifoldException e)
            {
                return new HostileInput.Outcome(null, e);
            }
        });
        AssertRightOrTooLarge(name, count, value, outcome);
        Assert.Equal(0, _engine.NodeMemory.ReservedBytes);
    }

    [Fact]
    public void CTEs_that_use_the_previous_one_twice_fail_fast_instead_of_expanding_exponentially()
    {
        HostileInput.Outcome outcome = HostileInput.RunOnSmallStack(_engine, _session, Chain(40, "SELECT a.x FROM c{p} a JOIN c{p} b ON a.x = b.x"));

        Assert.Equal("QUERY_TEXT_TOO_LARGE", outcome.ErrorName);
        Assert.Contains("query blocks", outcome.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Views_that_use_the_previous_one_twice_stop_being_accepted_instead_of_expanding_exponentially()
    {
        await EngineHarness.RunAsync(_engine, _session, "CREATE VIEW v0 AS SELECT 1 AS x");
        int created = 1;
        HostileInput.Outcome? refused = null;
        for (; created < 40; created++)
        {
            HostileInput.Outcome outcome = await HostileInput.RunAsync(_engine, _session,
                $"CREATE VIEW v{created} AS SELECT a.x FROM v{created - 1} a JOIN v{created - 1} b ON a.x = b.x");
            if (outcome.Error is not null)
            {
                refused = outcome;
                break;
            }
        }

        Assert.NotNull(refused);
        Assert.Contains("query blocks", refused.Error!.Message, StringComparison.Ordinal);
        Assert.InRange(created, 10, 20);
        Assert.Equal([1], (await HostileInput.RunAsync(_engine, _session, "SELECT * FROM v5")).Rows!.Single());
    }

    [Fact]
    public void Hundred_thousand_term_AND_and_OR_chains_run()
    {
        const int terms = 100_000;
        string and = "SELECT count(*) FROM (VALUES 1, 2, 3) t (x) WHERE "
            + string.Join(" AND ", Enumerable.Range(0, terms).Select(i => $"x <> {i + 3}"));
        string or = "SELECT count(*) FROM (VALUES 1, 2, 3) t (x) WHERE "
            + string.Join(" OR ", Enumerable.Range(0, terms).Select(i => $"x = {i + 3}"));

        HostileInput.Outcome andOutcome = HostileInput.RunOnSmallStack(_engine, _session, and);
        HostileInput.Outcome orOutcome = HostileInput.RunOnSmallStack(_engine, _session, or);

        Assert.Equal(2L, andOutcome.Rows?.Single()[0]);
        Assert.Equal(1L, orOutcome.Rows?.Single()[0]);
    }
}
