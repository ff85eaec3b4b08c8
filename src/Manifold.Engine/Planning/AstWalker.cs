using Manifold.Sql.Tree;

namespace Manifold.Engine.Planning;

/// <summary>Finds nodes in a SQL syntax tree.</summary>
internal static class AstWalker
{
    /// <summary>Every node under <paramref name="root"/> (inclusive) that <paramref name="match"/> accepts, without entering
    /// subqueries; nodes inside a match are searched only when <paramref name="descendIntoMatches"/> is true.</summary>
    public static List<T> FindOutsideSubqueries<T>(Node root, Func<T, bool> match, bool descendIntoMatches = false)
        where T : Node
    {
        var found = new List<T>();
        var stack = new Stack<Node>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            Node node = stack.Pop();
            if (node is Query or SubqueryExpression or ExistsPredicate)
            {
                continue;
            }
            if (node is T candidate && match(candidate))
            {
                found.Add(candidate);
                if (!descendIntoMatches)
                {
                    continue;
                }
            }
            foreach (Node child in node.Children.Reverse())
            {
                stack.Push(child);
            }
        }
        return found;
    }
}
