using Manifold.Engine.Planning.Nodes;

namespace Manifold.Engine.Planning;

/// <summary>A planned relation: its plan and the scope naming its output columns.</summary>
public sealed record RelationPlan(PlanNode Root, Scope Scope);
