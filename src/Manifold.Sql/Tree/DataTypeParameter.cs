namespace Manifold.Sql.Tree;

/// <summary>A parameter of a parametric type.</summary>
public abstract record DataTypeParameter : Node;
