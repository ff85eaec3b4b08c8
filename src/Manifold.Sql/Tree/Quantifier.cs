namespace Manifold.Sql.Tree;

/// <summary>Quantifier of a quantified comparison.</summary>
public enum Quantifier
{
    /// <summary>All.</summary>
    All,
    /// <summary>Any.</summary>
    Any,
    /// <summary>Some.</summary>
    Some,
}
