namespace Manifold.Client.Protocol;

/// <summary>One output column: its name, the server's type name (<c>decimal(12, 2)</c>) and parsed signature.</summary>
internal sealed record ColumnInfo(string Name, string TypeName, ClientType Type);
