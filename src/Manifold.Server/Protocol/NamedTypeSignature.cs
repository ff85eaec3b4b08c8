namespace Manifold.Server.Protocol;

/// <summary>A row field in a type signature; <see cref="FieldName"/> is left out for anonymous fields.</summary>
internal sealed record NamedTypeSignature(RowFieldName? FieldName, ClientTypeSignature TypeSignature);
