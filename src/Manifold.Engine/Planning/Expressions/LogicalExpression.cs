using Manifold.Sql.Tree;
using Manifold.Spi.Types;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>AND or OR over two or more boolean terms, with SQL's three-valued logic. Later terms are evaluated only for rows
/// the earlier ones leave undecided, so <c>x &lt;&gt; 0 AND 10 / x &gt; 1</c> never divides by zero.</summary>
public sealed record LogicalExpression(bool IsAnd, NodeList<BoundExpression> Terms) : BoundExpression(SqlType.Boolean)
{
    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children => Terms;

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => this with { Terms = children.ToArray() };

    /// <summary>AND of the terms, flattening nested ANDs; TRUE for none, the term itself for one.</summary>
    public static BoundExpression And(IEnumerable<BoundExpression> terms) => Combine(true, terms);

    /// <summary>OR of the terms, flattening nested ORs; FALSE for none, the term itself for one.</summary>
    public static BoundExpression Or(IEnumerable<BoundExpression> terms) => Combine(false, terms);

    /// <summary>The conjuncts of a predicate (the terms of a top-level AND, or the predicate itself).</summary>
    public static IReadOnlyList<BoundExpression> Conjuncts(BoundExpression predicate)
        => predicate is LogicalExpression { IsAnd: true } and ? and.Terms.SelectMany(Conjuncts).ToArray() : [predicate];

    /// <summary>The disjuncts of a predicate.</summary>
    public static IReadOnlyList<BoundExpression> Disjuncts(BoundExpression predicate)
        => predicate is LogicalExpression { IsAnd: false } or ? or.Terms.SelectMany(Disjuncts).ToArray() : [predicate];

    private static BoundExpression Combine(bool isAnd, IEnumerable<BoundExpression> terms)
    {
        var flat = new List<BoundExpression>();
        var seen = new HashSet<BoundExpression>();    // a list's Contains made long AND/OR chains quadratic
        foreach (BoundExpression term in terms)
        {
            if (term is LogicalExpression nested && nested.IsAnd == isAnd)
            {
                flat.AddRange(nested.Terms);
                seen.UnionWith(nested.Terms);
            }
            else if (seen.Add(term) || !IsDeterministic(term))
            {
                flat.Add(term);
            }
        }
        return flat.Count switch
        {
            0 => isAnd ? ConstantExpression.True : ConstantExpression.False,
            1 => flat[0],
            _ => new LogicalExpression(isAnd, flat),
        };
    }

    private static bool IsDeterministic(BoundExpression expression)
        => expression is not CallExpression { Function.Deterministic: false } && expression.Children.All(IsDeterministic);
}
