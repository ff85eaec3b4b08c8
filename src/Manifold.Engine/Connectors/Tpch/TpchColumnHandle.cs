using Manifold.Spi.Connectors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>A column of a TPC-H table.</summary>
/// <param name="Name">The column name under the catalog's naming.</param>
/// <param name="Type">The column type under the catalog's money mapping.</param>
/// <param name="Ordinal">Position in the TPC-H column order, or <see cref="TpchSchema.RowNumberOrdinal"/> for the hidden
/// <c>row_number</c>.</param>
internal sealed record TpchColumnHandle(string Name, SqlType Type, int Ordinal) : ConnectorColumnHandle(Name);
