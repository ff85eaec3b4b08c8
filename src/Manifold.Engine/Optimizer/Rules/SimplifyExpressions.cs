using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Folds constant sub-expressions and simplifies boolean logic in filters, projections and join conditions.</summary>
/// <remarks>Before: Filter[x &gt; 1 + 2 AND TRUE].   After: Filter[x &gt; 3]. A constant that fails to evaluate (1 / 0) is left
/// alone, so the error happens only if a row actually reaches it.</remarks>
internal sealed class SimplifyExpressions : IPlanRule
{
    public string Name => "simplify_expressions";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        switch (node)
        {
            case FilterNode filter:
            {
                BoundExpression simplified = Simplify(filter.Predicate, context);
                return simplified.Equals(filter.Predicate) ? null : filter with { Predicate = simplified };
            }
            case ProjectNode project:
            {
                var assignments = project.Assignments.Select(a => a with { Expression = Simplify(a.Expression, context) }).ToArray();
                return assignments.SequenceEqual(project.Assignments) ? null : project with { Assignments = assignments };
            }
            case JoinNode { Filter: { } joinFilter } join:
            {
                BoundExpression simplified = Simplify(joinFilter, context);
                if (simplified.Equals(joinFilter))
                {
                    return null;
                }
                return join with { Filter = simplified is ConstantExpression { Value: true } ? null : simplified };
            }
            default:
                return null;
        }
    }

    /// <summary>The simplified form of an expression.</summary>
    public static BoundExpression Simplify(BoundExpression expression, RuleContext context)
        => ExpressionUtilities.Rewrite(expression, e => SimplifyNode(e, context));

    /// <summary>Pulls conjuncts common to every disjunct out of an OR, so that (k = j AND a) OR (k = j AND b) becomes
    /// k = j AND (a OR b) and the join condition k = j becomes visible to the planner.</summary>
    private static BoundExpression FactorOr(List<BoundExpression> disjuncts)
    {
        if (disjuncts.Count < 2)
        {
            return LogicalExpression.Or(disjuncts);
        }
        var conjunctLists = disjuncts.Select(d => LogicalExpression.Conjuncts(d).ToList()).ToList();
        var common = conjunctLists[0].Where(c => ExpressionUtilities.IsDeterministic(c) && conjunctLists.Skip(1).All(l => l.Contains(c))).Distinct().ToList();
        if (common.Count == 0)
        {
            return LogicalExpression.Or(disjuncts);
        }
        var rest = conjunctLists.Select(l => l.Where(c => !common.Contains(c)).ToList()).ToList();
        if (rest.Any(r => r.Count == 0))
        {
            // One disjunct is just the common part: the OR adds nothing.
            return LogicalExpression.And(common);
        }
        return LogicalExpression.And([.. common, LogicalExpression.Or(rest.Select(LogicalExpression.And))]);
    }

    private static BoundExpression? SimplifyNode(BoundExpression expression, RuleContext context)
    {
        switch (expression)
        {
            case LogicalExpression logical:
            {
                var terms = new List<BoundExpression>();
                foreach (BoundExpression term in logical.Terms)
                {
                    if (term is ConstantExpression { Value: bool value })
                    {
                        if (value != logical.IsAnd)
                        {
                            // FALSE in AND, TRUE in OR decides the result.
                            return new ConstantExpression(value, SqlType.Boolean);
                        }
                        continue;
                    }
                    terms.Add(term);
                }
                BoundExpression combined = logical.IsAnd ? LogicalExpression.And(terms) : FactorOr(terms);
                return combined.Equals(logical) ? null : combined;
            }
            case NotExpression { Value: NotExpression inner }:
                return inner.Value;
            case NotExpression { Value: ConstantExpression { Value: bool value } }:
                return new ConstantExpression(!value, SqlType.Boolean);
            case CaseExpression caseExpression when caseExpression.Conditions.Count > 0 && caseExpression.Conditions[0] is ConstantExpression first:
            {
                if (first.Value is true)
                {
                    return caseExpression.Results[0];
                }
                // FALSE or NULL: the branch is never taken.
                if (caseExpression.Conditions.Count == 1)
                {
                    return caseExpression.Default ?? ConstantExpression.Null(caseExpression.Type);
                }
                return caseExpression with { Conditions = caseExpression.Conditions.Skip(1).ToArray(), Results = caseExpression.Results.Skip(1).ToArray() };
            }
            case ConstantExpression or SymbolReference:
                return null;
            case TryExpression:
                return null;
            default:
                if (!ExpressionUtilities.IsDeterministic(expression) || !expression.Children.All(c => c is ConstantExpression))
                {
                    return null;
                }
                try
                {
                    return new ConstantExpression(context.Interpreter.Evaluate(expression), expression.Type);
                }
                catch (ManifoldException)
                {
                    return null;
                }
        }
    }
}
