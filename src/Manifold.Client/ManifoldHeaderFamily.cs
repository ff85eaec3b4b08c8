namespace Manifold.Client;

/// <summary>The protocol header prefix the client sends and reads.</summary>
public enum ManifoldHeaderFamily
{
    /// <summary><c>X-Trino-*</c>: Trino and Manifold.</summary>
    Trino,

    /// <summary><c>X-Presto-*</c>: prestodb, openLooKeng/hetu, older Presto (Manifold accepts both).</summary>
    Presto,
}
