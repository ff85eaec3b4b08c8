using Manifold.Engine.Planning.Expressions;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>symbol := expression.</summary>
public sealed record Assignment(Symbol Symbol, BoundExpression Expression);
