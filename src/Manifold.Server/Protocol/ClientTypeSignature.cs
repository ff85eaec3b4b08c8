namespace Manifold.Server.Protocol;

/// <summary>A type as clients decode it: base name plus LONG / TYPE / NAMED_TYPE arguments (always present, may be empty).</summary>
internal sealed record ClientTypeSignature(string RawType, IReadOnlyList<ClientTypeSignatureParameter> Arguments);
