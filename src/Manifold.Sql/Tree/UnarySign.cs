namespace Manifold.Sql.Tree;

/// <summary>Unary sign.</summary>
public enum UnarySign
{
    /// <summary>Plus.</summary>
    Plus,
    /// <summary>Minus.</summary>
    Minus,
}
