namespace Manifold.Server.Protocol;

/// <summary>The name of a row field: <c>{"name":"x"}</c>.</summary>
internal sealed record RowFieldName(string Name);
