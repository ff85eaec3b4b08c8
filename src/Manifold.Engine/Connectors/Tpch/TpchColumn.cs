namespace Manifold.Engine.Connectors.Tpch;

/// <summary>One column of a TPC-H table.</summary>
/// <param name="Table">The table.</param>
/// <param name="Ordinal">Position in the table (TPC-H column order), from 0.</param>
/// <param name="StandardName">The TPC name, e.g. <c>l_orderkey</c>.</param>
/// <param name="SimplifiedName">The name without the table prefix, e.g. <c>orderkey</c> (Trino's default).</param>
/// <param name="Kind">Type family.</param>
/// <param name="VarcharLength">The n of <c>varchar(n)</c>; 0 for other kinds.</param>
internal sealed record TpchColumn(TpchTable Table, int Ordinal, string StandardName, string SimplifiedName, TpchColumnKind Kind, int VarcharLength = 0);
