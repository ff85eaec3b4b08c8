namespace Manifold.Engine.Connectors.Tpch;

/// <summary>The type of money, quantity, discount and tax columns (<c>tpch.double-type-mapping</c>).</summary>
internal enum TpchDoubleTypeMapping
{
    /// <summary><c>double</c>, value = cents / 100 (Trino's default).</summary>
    Double,
    /// <summary><c>decimal(12,2)</c>, stored as the unscaled cents.</summary>
    Decimal,
}
