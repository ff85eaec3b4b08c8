using Manifold.Engine.Optimizer.Rules;

namespace Manifold.Engine.Optimizer;

/// <summary>The optimizer's steps, in order.</summary>
internal static class Optimizers
{
    /// <summary>Simplification, predicate pushdown and decorrelation, run to a fixed point.</summary>
    private static readonly PlanOptimizer.RuleSet Pushdown = new(
    [
        new SimplifyExpressions(), new RemoveTrivialFilters(), new MergeFilters(), new PushFilterThroughProject(),
        new PushFilterIntoJoin(), new PushFilterThroughAggregation(), new PushFilterThroughUnion(),
        new PushFilterThroughOrderPreservingNodes(), new ExtractJoinCriteria(), new ConvertMarkJoinToSemiJoin(),
        new TransformUncorrelatedSubqueries(), new DecorrelateExistsAndIn(), new DecorrelateScalarAggregation(),
        new CreateTopN(), new RemoveRedundantNodes(),
    ]);

    /// <summary>The default optimizer.</summary>
    public static PlanOptimizer Default { get; } = new(
    [
        // Subqueries first, while correlated filters still sit directly under the subquery's aggregation.
        new PlanOptimizer.RuleSet([new TransformUncorrelatedSubqueries(), new DecorrelateExistsAndIn(), new DecorrelateScalarAggregation()]),
        Pushdown,
        // ORs that stayed above joins imply single-column predicates that can go below them.
        new PlanOptimizer.Pass("infer_predicates_from_disjunctions", (plan, _) => InferPredicatesFromDisjunctions.Apply(plan)),
        Pushdown,
        new PlanOptimizer.Pass("reorder_joins", ReorderJoins.Apply),
        new PlanOptimizer.RuleSet([new ExtractJoinCriteria(), new PushFilterIntoJoin(), new SimplifyExpressions(), new RemoveRedundantNodes()]),
        // With the joins ordered, semi joins move below joins that do not shrink their input; semi and outer joins then
        // pick their build side.
        new PlanOptimizer.RuleSet([new PushSemiJoinBelowJoin()]),
        new PlanOptimizer.RuleSet([new BuildSemiJoinOnSmallerSide(), new BuildOuterJoinOnSmallerSide()]),
        new PlanOptimizer.Pass("prune_unused_columns", (plan, _) => PruneUnusedColumns.Apply(plan)),
        // Connectors see what is left for them at the end, with only the columns the query reads.
        new PlanOptimizer.RuleSet([new PushFilterIntoTableScan(), new PushLimitIntoTableScan(), new RemoveRedundantNodes()]),
        new PlanOptimizer.RuleSet([new ExtractCommonSubexpressions()]),
    ]);
}
