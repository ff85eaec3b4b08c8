using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Turns applies of uncorrelated subqueries into joins.</summary>
/// <remarks>
/// EXISTS (q): a cross join with <c>count(*) &gt; 0</c> over <c>q LIMIT 1</c>.
/// x IN (q): a null-aware mark join on x = q.column.
/// A scalar subquery: a cross join with the single enforced row. LATERAL: an ordinary (left) join.
/// </remarks>
internal sealed class TransformUncorrelatedSubqueries : IPlanRule
{
    public string Name => "transform_uncorrelated_subqueries";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is not ApplyNode apply || !Decorrelation.IsUncorrelated(apply.Subquery, apply.Correlation))
        {
            return null;
        }
        switch (apply.Kind)
        {
            case ApplyKind.Exists:
            {
                var count = context.Functions.Resolve("count", [], FunctionKind.Aggregate, null);
                Symbol rows = context.Symbols.New("rows", SqlType.BigInt);
                var aggregation = new AggregationNode(new LimitNode(apply.Subquery, 1, 0), [],
                    [new AggregateAssignment(rows, new AggregateCall(new ResolvedAggregate(count.Binding, (IAggregateFunction)count.Entry.Implementation), [], false, null, []))]);
                var greater = context.Functions.Resolve("$greater_than", [SqlType.BigInt, SqlType.BigInt], FunctionKind.Scalar, null);
                var test = new CallExpression(new ResolvedFunction(greater.Binding, (IScalarFunction)greater.Entry.Implementation, true),
                    [new SymbolReference(rows), new ConstantExpression(0L, SqlType.BigInt)]);
                var exists = new ProjectNode(aggregation, [new Assignment(apply.Output!, test)]);
                return new JoinNode(JoinType.Inner, apply.Input, exists, [], null, apply.Outputs.ToArray());
            }
            case ApplyKind.Quantified when apply.Comparison!.Name == "$equal" && !apply.All:
            {
                var (input, value) = Decorrelation.EnsureSymbol(apply.Input, apply.Value!, context);
                Symbol column = apply.Subquery.Outputs[0];
                return new JoinNode(JoinType.Mark, input, apply.Subquery, [new EquiJoinClause(value, column)], null,
                    input.Outputs.Append(apply.Output!).ToArray(), apply.Output, NullAware: true);
            }
            case ApplyKind.Scalar:
            {
                Symbol column = apply.Subquery.Outputs[0];
                var single = new ProjectNode(new EnforceSingleRowNode(apply.Subquery), [new Assignment(apply.Output!, new SymbolReference(column))]);
                return new JoinNode(JoinType.Inner, apply.Input, single, [], null, apply.Outputs.ToArray());
            }
            case ApplyKind.Lateral:
                return new JoinNode(apply.LeftLateral ? JoinType.Left : JoinType.Inner, apply.Input, apply.Subquery, [], null, apply.Outputs.ToArray());
            default:
                return null;
        }
    }
}
