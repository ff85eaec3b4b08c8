namespace Manifold.Sql.Tree;

/// <summary>How a join matches rows: ON, USING or NATURAL.</summary>
public abstract record JoinCriteria : Node;
