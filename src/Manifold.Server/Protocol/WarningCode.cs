namespace Manifold.Server.Protocol;

/// <summary>The code of a warning.</summary>
internal sealed record WarningCode(int Code, string Name);
