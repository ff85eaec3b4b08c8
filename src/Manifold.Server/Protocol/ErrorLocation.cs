namespace Manifold.Server.Protocol;

/// <summary>A 1-based position in the SQL text.</summary>
internal sealed record ErrorLocation(int LineNumber, int ColumnNumber);
