namespace Manifold.Sql.Tree;

/// <summary>LIMIT n, LIMIT ALL or FETCH FIRST n ROWS ONLY / WITH TIES.</summary>
public abstract record LimitClause : Node;
