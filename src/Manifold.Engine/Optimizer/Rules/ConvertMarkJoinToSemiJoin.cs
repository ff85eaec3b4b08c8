using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Types;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>When a filter keeps only rows whose mark is TRUE (EXISTS, IN) or, for a plain mark, FALSE (NOT EXISTS), the mark
/// join becomes a semi or anti join, which stops at the first match and outputs no mark.</summary>
/// <remarks>Before: Filter[m AND p] -> Join[MARK m](A, B).   After: Filter[p] -> Project[m := TRUE] -> Join[SEMI](A, B).
/// NOT IN (a null-aware mark) stays a mark join, because an anti join would keep rows whose outcome is unknown.</remarks>
internal sealed class ConvertMarkJoinToSemiJoin : IPlanRule
{
    public string Name => "convert_mark_join_to_semi_join";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is not FilterNode { Source: JoinNode { Type: JoinType.Mark, MarkSymbol: { } mark } join } filter)
        {
            return null;
        }
        var conjuncts = LogicalExpression.Conjuncts(filter.Predicate).ToList();
        JoinType? type = null;
        int index = -1;
        for (int i = 0; i < conjuncts.Count; i++)
        {
            if (conjuncts[i] is SymbolReference reference && reference.Symbol == mark)
            {
                (type, index) = (JoinType.Semi, i);
                break;
            }
            if (conjuncts[i] is NotExpression { Value: SymbolReference negated } && negated.Symbol == mark && !join.NullAware)
            {
                (type, index) = (JoinType.Anti, i);
                break;
            }
        }
        if (type is null)
        {
            return null;
        }
        conjuncts.RemoveAt(index);
        if (conjuncts.Any(c => ExpressionUtilities.Symbols(c).Contains(mark)))
        {
            return null;
        }
        var semi = join with { Type = type.Value, OutputSymbols = join.OutputSymbols.Where(s => s != mark).ToArray(), MarkSymbol = null, NullAware = false };
        PlanNode result = new ProjectNode(semi,
            semi.OutputSymbols.Select(s => new Assignment(s, new SymbolReference(s)))
                .Append(new Assignment(mark, new ConstantExpression(type == JoinType.Semi, SqlType.Boolean))).ToArray());
        return conjuncts.Count == 0 ? result : new FilterNode(result, LogicalExpression.And(conjuncts));
    }
}
