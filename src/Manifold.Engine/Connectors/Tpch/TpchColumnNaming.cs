namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Column names the connector uses (<c>tpch.column-naming</c>).</summary>
internal enum TpchColumnNaming
{
    /// <summary>Without the table prefix: <c>orderkey</c> (Trino's default).</summary>
    Simplified,
    /// <summary>The TPC names: <c>l_orderkey</c>.</summary>
    Standard,
}
