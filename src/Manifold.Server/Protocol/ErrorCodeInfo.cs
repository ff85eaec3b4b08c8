namespace Manifold.Server.Protocol;

/// <summary>An error code as query info shows it: <c>{"code":3,"name":"USER_CANCELED","type":"USER_ERROR"}</c>.</summary>
internal sealed record ErrorCodeInfo(int Code, string Name, string Type);
