namespace Manifold.Sql.Tree;

/// <summary>Binary arithmetic operators.</summary>
public enum ArithmeticOperator
{
    /// <summary>Add.</summary>
    Add,
    /// <summary>Subtract.</summary>
    Subtract,
    /// <summary>Multiply.</summary>
    Multiply,
    /// <summary>Divide.</summary>
    Divide,
    /// <summary>Modulus.</summary>
    Modulus,
}
