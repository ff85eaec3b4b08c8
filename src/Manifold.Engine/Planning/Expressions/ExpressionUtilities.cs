namespace Manifold.Engine.Planning.Expressions;

/// <summary>Walks and rewrites bound expressions.</summary>
public static class ExpressionUtilities
{
    /// <summary>The symbols an expression reads.</summary>
    public static HashSet<Symbol> Symbols(BoundExpression expression)
    {
        var result = new HashSet<Symbol>();
        Collect(expression, result);
        return result;
    }

    /// <summary>Adds the symbols an expression reads to <paramref name="into"/>.</summary>
    public static void Collect(BoundExpression expression, HashSet<Symbol> into)
    {
        if (expression is SymbolReference reference)
        {
            into.Add(reference.Symbol);
            return;
        }
        foreach (BoundExpression child in expression.Children)
        {
            Collect(child, into);
        }
    }

    /// <summary>True when evaluating twice with equal inputs gives equal results (no <c>random()</c> inside).</summary>
    public static bool IsDeterministic(BoundExpression expression)
        => expression is not CallExpression { Function.Deterministic: false } && expression.Children.All(IsDeterministic);

    /// <summary>Rewrites bottom-up: <paramref name="rewrite"/> sees each node after its children were rewritten and returns
    /// a replacement or null to keep it.</summary>
    public static BoundExpression Rewrite(BoundExpression expression, Func<BoundExpression, BoundExpression?> rewrite)
    {
        BoundExpression current = expression;
        var children = expression.Children.ToArray();
        if (children.Length > 0)
        {
            var rewritten = new BoundExpression[children.Length];
            bool changed = false;
            for (int i = 0; i < children.Length; i++)
            {
                rewritten[i] = Rewrite(children[i], rewrite);
                changed |= !ReferenceEquals(rewritten[i], children[i]);
            }
            if (changed)
            {
                current = expression.WithChildren(rewritten);
            }
        }
        return rewrite(current) ?? current;
    }

    /// <summary>Replaces symbol references using <paramref name="mapping"/> (symbols not in it stay).</summary>
    public static BoundExpression ReplaceSymbols(BoundExpression expression, IReadOnlyDictionary<Symbol, BoundExpression> mapping)
        => mapping.Count == 0
            ? expression
            : Rewrite(expression, e => e is SymbolReference r && mapping.TryGetValue(r.Symbol, out BoundExpression? replacement) ? replacement : null);

    /// <summary>Replaces symbols by other symbols.</summary>
    public static BoundExpression ReplaceSymbols(BoundExpression expression, IReadOnlyDictionary<Symbol, Symbol> mapping)
        => mapping.Count == 0
            ? expression
            : Rewrite(expression, e => e is SymbolReference r && mapping.TryGetValue(r.Symbol, out Symbol? replacement) ? new SymbolReference(replacement) : null);
}
