namespace Manifold.Bench.Tpch;

/// <summary>Where the TPC-H queries read their tables.</summary>
internal enum TpchSource
{
    /// <summary>Tables copied into the <c>memory</c> catalog first (scan cost = the memory connector's).</summary>
    Memory,

    /// <summary>The <c>tpch</c> connector directly (data generated while scanning).</summary>
    Tpch,
}
