namespace Manifold.Sql.Tree;

/// <summary>The body of a query: a SELECT, a set operation, VALUES, TABLE t or a parenthesized query.</summary>
public abstract record QueryBody : Node;
