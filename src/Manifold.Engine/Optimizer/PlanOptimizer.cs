using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Nodes;
using Manifold.Engine.Session;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Optimizer;

/// <summary>Runs the optimizer's rules over a plan until it stops changing, checking each rewrite keeps the node's outputs.</summary>
internal sealed class PlanOptimizer
{
    private const int MaxPasses = 50;
    private readonly IReadOnlyList<Step> _steps;

    /// <summary>One step of the optimizer: a set of rules run to a fixed point, or a whole-plan pass.</summary>
    public abstract record Step;

    /// <summary>Rules applied bottom-up until the plan stops changing.</summary>
    public sealed record RuleSet(IReadOnlyList<IPlanRule> Rules) : Step;

    /// <summary>A transformation of the whole plan (column pruning, join ordering), named for disabling.</summary>
    public sealed record Pass(string Name, Func<PlanNode, RuleContext, PlanNode> Apply) : Step;

    public PlanOptimizer(IReadOnlyList<Step> steps) => _steps = steps;

    /// <summary>Optimizes <paramref name="plan"/>; rules named in the session's <c>disabled_optimizer_rules</c> are skipped.</summary>
    public PlanNode Optimize(PlanNode plan, PlannerContext context)
    {
        string disabledText = context.Session.GetSystemProperty(SystemSessionProperties.DisabledOptimizerRules);
        var disabled = disabledText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ruleContext = new RuleContext(context, new StatisticsProvider(context));
        if (disabled.Contains("all"))
        {
            return plan;
        }
        foreach (Step step in _steps)
        {
            if (step is Pass wholePlan)
            {
                if (!disabled.Contains(wholePlan.Name))
                {
                    plan = wholePlan.Apply(plan, ruleContext);
                }
                continue;
            }
            var rules = ((RuleSet)step).Rules.Where(r => !disabled.Contains(r.Name)).ToArray();
            if (rules.Length == 0)
            {
                continue;
            }
            for (int pass = 0; pass < MaxPasses; pass++)
            {
                bool changed = false;
                plan = Apply(plan, rules, ruleContext, ref changed);
                if (!changed)
                {
                    break;
                }
            }
        }
        return plan;
    }

    private static PlanNode Apply(PlanNode node, IPlanRule[] rules, RuleContext context, ref bool changed)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        context.Planner.CancellationToken.ThrowIfCancellationRequested();
        if (node.Sources.Count > 0)
        {
            var sources = new PlanNode[node.Sources.Count];
            bool sourcesChanged = false;
            for (int i = 0; i < sources.Length; i++)
            {
                sources[i] = Apply(node.Sources[i], rules, context, ref changed);
                sourcesChanged |= !ReferenceEquals(sources[i], node.Sources[i]);
            }
            if (sourcesChanged)
            {
                node = node.WithSources(sources);
            }
        }
        for (int round = 0; round < 100; round++)
        {
            bool applied = false;
            foreach (IPlanRule rule in rules)
            {
                PlanNode? replacement = rule.TryRewrite(node, context);
                if (replacement is null || ReferenceEquals(replacement, node))
                {
                    continue;
                }
                if (!OutputsCovered(node, replacement))
                {
                    throw new ManifoldException(StandardErrorCode.OptimizerTimeout,
                        $"Optimizer rule {rule.Name} changed the outputs of {node.GetType().Name}");
                }
                // The replacement's inputs may be new nodes (a filter pushed below a join): optimize them now, so a
                // condition travels all the way down in one pass instead of one level per pass.
                if (replacement.Sources.Count > 0)
                {
                    var sources = new PlanNode[replacement.Sources.Count];
                    for (int i = 0; i < sources.Length; i++)
                    {
                        sources[i] = Apply(replacement.Sources[i], rules, context, ref changed);
                    }
                    replacement = replacement.WithSources(sources);
                }
                node = replacement;
                changed = true;
                applied = true;
                break;
            }
            if (!applied)
            {
                break;
            }
        }
        return node;
    }

    /// <summary>A replacement must still produce every column the original produced (it may produce more).</summary>
    private static bool OutputsCovered(PlanNode original, PlanNode replacement)
    {
        var outputs = replacement.Outputs.ToHashSet();
        return original.Outputs.All(outputs.Contains);
    }
}
