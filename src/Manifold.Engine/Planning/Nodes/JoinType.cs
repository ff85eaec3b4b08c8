namespace Manifold.Engine.Planning.Nodes;

/// <summary>The kinds of joins the executor runs.</summary>
public enum JoinType
{
    /// <summary>Matching pairs.</summary>
    Inner,
    /// <summary>Matching pairs, plus left rows without a match (right side NULL).</summary>
    Left,
    /// <summary>Matching pairs, plus right rows without a match (left side NULL).</summary>
    Right,
    /// <summary>Left and right outer combined.</summary>
    Full,
    /// <summary>Left rows that have at least one match (each once).</summary>
    Semi,
    /// <summary>Left rows that have no match.</summary>
    Anti,
    /// <summary>A semi join executed from the other side: the left input streams (probes), the hash table is built on the
    /// right input, and the right rows that some left row matched are emitted at the end. Chosen when the rows to keep
    /// come from the much smaller input.</summary>
    RightSemi,
    /// <summary>Anti join with the roles swapped: build rows that no probe row matched are emitted at the end.</summary>
    RightAnti,
    /// <summary>Every left row plus a boolean mark: TRUE when it has a match, FALSE when not, and, for a null-aware join
    /// (IN), NULL when the outcome is unknown because of NULL keys.</summary>
    Mark,
}
