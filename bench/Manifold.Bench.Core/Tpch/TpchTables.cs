namespace Manifold.Bench.Tpch;

/// <summary>The eight TPC-H tables.</summary>
public static class TpchTables
{
    /// <summary>Table names, smallest first.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["region", "nation", "supplier", "customer", "part", "partsupp", "orders", "lineitem"];
}
