namespace Manifold.Bench.Cancel;

/// <summary>Long-running queries to cancel while an operator is busy, each named after the operator that is busy. They
/// run on the built-in catalogs (<c>tpch</c> with its default column names). Shared by the cancellation tests and the
/// <c>cancel</c> benchmark.</summary>
public static class CancelWorkloads
{
    /// <summary>One workload: a name, its SQL, and the session page size (null: the default).</summary>
    public sealed record Workload(string Name, string Sql, int? PageSize = null);

    /// <summary>All workloads. None finishes within minutes, so each is cancelled mid-flight.</summary>
    public static IReadOnlyList<Workload> All { get; } =
    [
        new("cross join (streaming)", "SELECT a.x + b.y + c.z FROM UNNEST(sequence(1, 10000)) a (x) CROSS JOIN UNNEST(sequence(1, 10000)) b (y) CROSS JOIN UNNEST(sequence(1, 10000)) c (z)"),
        new("cross join (aggregated)", "SELECT count(*) FROM UNNEST(sequence(1, 10000)) a (x) CROSS JOIN UNNEST(sequence(1, 10000)) b (y) CROSS JOIN UNNEST(sequence(1, 10000)) c (z)"),
        new("hash build of sf10 lineitem", "SELECT count(*) FROM tpch.tiny.nation n LEFT JOIN tpch.sf10.lineitem l ON n.nationkey = l.suppkey"),
        new("hash aggregation of sf100 lineitem", "SELECT count(*) FROM (SELECT orderkey, count(*) FROM tpch.sf100.lineitem GROUP BY orderkey)"),
        new("sort of sf10 orders", "SELECT * FROM tpch.sf10.orders ORDER BY comment"),
        new("window over sf1 lineitem", "SELECT max(r) FROM (SELECT rank() OVER (PARTITION BY suppkey ORDER BY extendedprice) AS r FROM tpch.sf1.lineitem)"),
        new("selective scan of sf100 lineitem", "SELECT * FROM tpch.sf100.lineitem WHERE quantity < 0"),
        new("expensive expression on huge pages", "SELECT count(*) FROM tpch.sf100.lineitem WHERE regexp_like(comment, '(a|e|i|o|u)+.*(x|y|z){1,3}.*q$')", PageSize: 65536),
    ];
}
