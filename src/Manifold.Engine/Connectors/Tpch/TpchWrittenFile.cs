namespace Manifold.Engine.Connectors.Tpch;

/// <summary>One file written by <see cref="TpchDataWriter"/>.</summary>
/// <param name="Table">The table.</param>
/// <param name="Path">The file's full path.</param>
/// <param name="Rows">Rows written.</param>
/// <param name="Bytes">Bytes written.</param>
public sealed record TpchWrittenFile(TpchTable Table, string Path, long Rows, long Bytes);
