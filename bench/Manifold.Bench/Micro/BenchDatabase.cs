using Manifold.Bench.Tpch;
using Manifold.Engine.Runtime;

namespace Manifold.Bench.Micro;

/// <summary>One engine with the micro-benchmark tables in <c>memory.bench</c>, created on first use and shared by every
/// benchmark in the process (BenchmarkDotNet runs each case's global setup; loading once saves ~10 s per case).</summary>
/// <remarks>
/// <c>numbers</c> (<see cref="RowCount"/> rows): <c>n</c> 0..999999 in order; <c>k</c> = n × 48271 mod 1000003, a
/// scrambled unique bigint (1000003 is prime), so half the rows have k &lt; 500000 and no page can be skipped;
/// <c>g1k</c> = k mod 1000 (1000 groups); <c>fk</c> = k mod 100000 (join key, every value 10 times); <c>price</c>,
/// <c>disc</c>, <c>tax</c> decimal(12,2); <c>name</c> varchar <c>Customer#</c> + 9 digits, unique and scrambled.
/// <c>dim</c> (<see cref="BuildRowCount"/> rows): <c>dk</c> 0..99999, <c>dv</c> = 2 × dk.
/// </remarks>
internal static class BenchDatabase
{
    /// <summary>Rows of <c>numbers</c>: the operations per invoke of every benchmark.</summary>
    public const int RowCount = 1_000_000;

    /// <summary>Rows of <c>dim</c>, the join's build side.</summary>
    public const int BuildRowCount = 100_000;

    private static readonly Lazy<(TpchCatalogDirectory Etc, ManifoldEngine Engine)> s_instance = new(Create);

    public static ManifoldEngine Engine => s_instance.Value.Engine;

    public static Engine.Session.Session Session { get; } = new() { Catalog = "memory", Schema = "bench" };

    /// <summary>Creates the tables unless they exist.</summary>
    public static void EnsureCreated() => _ = s_instance.Value;

    /// <summary>Runs a query and returns the number of rows it produced (values are not read).</summary>
    public static async Task<long> CountRowsAsync(string sql)
    {
        long rows = 0;
        await using QueryResult result = await Engine.ExecuteAsync(Session, sql);
        while (await result.NextPageAsync() is { } page)
        {
            rows += page.RowCount;
        }
        return rows;
    }

    private static (TpchCatalogDirectory, ManifoldEngine) Create()
    {
        TpchCatalogDirectory etc = TpchCatalogDirectory.Create();
        ManifoldEngine engine = ManifoldEngine.Create(new EngineOptions { EtcDirectory = etc.Path });
        string[] statements =
        [
            "CREATE SCHEMA memory.bench",
            """
            CREATE TABLE memory.bench.numbers AS
            SELECT n,
                   (n * 48271) % 1000003 AS k,
                   ((n * 48271) % 1000003) % 1000 AS g1k,
                   ((n * 48271) % 1000003) % 100000 AS fk,
                   CAST((n % 100000) * 0.01 AS decimal(12,2)) AS price,
                   CAST((n % 11) * 0.01 AS decimal(12,2)) AS disc,
                   CAST((n % 9) * 0.01 AS decimal(12,2)) AS tax,
                   'Customer#' || lpad(CAST((n * 7919) % 1000000 AS varchar), 9, '0') AS name
            FROM (SELECT a.x * 1000 + b.y AS n
                  FROM UNNEST(sequence(0, 999)) AS a(x) CROSS JOIN UNNEST(sequence(0, 999)) AS b(y))
            """,
            "CREATE TABLE memory.bench.dim AS SELECT n AS dk, n * 2 AS dv FROM memory.bench.numbers WHERE n < 100000",
        ];
        Engine.Session.Session session = engine.CreateSession(catalog: "memory", schema: "bench");
        foreach (string sql in statements)
        {
            using QueryResult result = engine.ExecuteAsync(session, sql).GetAwaiter().GetResult();
            while (result.NextPageAsync().AsTask().GetAwaiter().GetResult() is not null)
            {
            }
        }
        return (etc, engine);
    }
}
