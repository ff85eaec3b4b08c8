namespace Manifold.Server.Protocol;

/// <summary>Which header prefix a client speaks: <c>X-Trino-</c> or <c>X-Presto-</c> (client-protocol.md §5).</summary>
internal enum HeaderFamily
{
    Trino,
    Presto,
}
