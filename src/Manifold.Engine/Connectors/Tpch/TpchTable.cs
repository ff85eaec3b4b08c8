namespace Manifold.Engine.Connectors.Tpch;

/// <summary>The eight TPC-H tables, in the order Trino's connector lists them.</summary>
public enum TpchTable
{
    /// <summary><c>customer</c>.</summary>
    Customer,
    /// <summary><c>orders</c>.</summary>
    Orders,
    /// <summary><c>lineitem</c>.</summary>
    LineItem,
    /// <summary><c>part</c>.</summary>
    Part,
    /// <summary><c>partsupp</c>.</summary>
    PartSupp,
    /// <summary><c>supplier</c>.</summary>
    Supplier,
    /// <summary><c>nation</c>.</summary>
    Nation,
    /// <summary><c>region</c>.</summary>
    Region,
}
