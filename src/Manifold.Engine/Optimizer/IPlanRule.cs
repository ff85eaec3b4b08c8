using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Optimizer;

/// <summary>One optimizer rewrite: matches a node and returns a replacement, or null when it does not apply.</summary>
/// <remarks>The driver applies rules bottom-up until nothing changes; it checks that a replacement keeps the node's outputs.</remarks>
internal interface IPlanRule
{
    /// <summary>The rule's name, used to turn it off (<c>disabled_optimizer_rules</c>) and in EXPLAIN traces.</summary>
    string Name { get; }

    /// <summary>The replacement for <paramref name="node"/>, or null.</summary>
    PlanNode? TryRewrite(PlanNode node, RuleContext context);
}
