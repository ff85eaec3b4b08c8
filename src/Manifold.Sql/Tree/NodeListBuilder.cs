namespace Manifold.Sql.Tree;

/// <summary>Lets collection expressions (<c>[a, b]</c>) build <see cref="NodeList{T}"/>s.</summary>
public static class NodeListBuilder
{
    /// <summary>A list of the given items.</summary>
    public static NodeList<T> Create<T>(ReadOnlySpan<T> items) => items.Length == 0 ? NodeList<T>.Empty : new NodeList<T>(items.ToArray());
}
