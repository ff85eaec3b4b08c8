namespace Manifold.Engine.Planning.Expressions;

/// <summary>Facts about the comparison operators' function names ($equal, $less_than, ...).</summary>
public static class ComparisonOperators
{
    /// <summary>The operator that gives the same answer with its operands swapped: a &lt; b is b &gt; a.</summary>
    public static string Flip(string name) => name switch
    {
        "$less_than" => "$greater_than",
        "$less_than_or_equal" => "$greater_than_or_equal",
        "$greater_than" => "$less_than",
        "$greater_than_or_equal" => "$less_than_or_equal",
        _ => name,
    };
}
