namespace Manifold.Sql.Tree;

/// <summary>The join type; Implicit is a comma in FROM.</summary>
public enum JoinKind
{
    /// <summary>Inner.</summary>
    Inner,
    /// <summary>Left.</summary>
    Left,
    /// <summary>Right.</summary>
    Right,
    /// <summary>Full.</summary>
    Full,
    /// <summary>Cross.</summary>
    Cross,
    /// <summary>Implicit.</summary>
    Implicit,
}
