namespace Manifold.Engine.Connectors.Tpch;

/// <summary>How a TPC-H column is typed and printed.</summary>
internal enum TpchColumnKind
{
    /// <summary>A key: <c>bigint</c>.</summary>
    Identifier,
    /// <summary><c>integer</c>.</summary>
    Integer,
    /// <summary><c>date</c> (int days since 1970-01-01).</summary>
    Date,
    /// <summary>An amount in cents: <c>double</c> (cents / 100) or <c>decimal(12,2)</c> (unscaled cents); dbgen prints 2 decimals.</summary>
    Money,
    /// <summary>l_quantity: typed like <see cref="Money"/> (value 17 is 17.0 or 17.00), printed by dbgen as an integer.</summary>
    Quantity,
    /// <summary><c>varchar(n)</c>.</summary>
    Varchar,
}
