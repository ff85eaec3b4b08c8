namespace Manifold.SqlLogicTest;

/// <summary>A <c>skipif NAME</c> or <c>onlyif NAME</c> line in front of a record.</summary>
/// <param name="IsOnlyIf">True for <c>onlyif</c>, false for <c>skipif</c>.</param>
/// <param name="EngineName">The engine the condition names.</param>
public readonly record struct RecordCondition(bool IsOnlyIf, string EngineName)
{
    /// <summary>True when this condition makes the record skip for the engine called <paramref name="engineName"/>:
    /// a <c>skipif</c> naming it, or an <c>onlyif</c> naming another engine (names compare case-insensitively).</summary>
    public bool Skips(string engineName)
    {
        bool names = string.Equals(EngineName, engineName, StringComparison.OrdinalIgnoreCase);
        return IsOnlyIf ? !names : names;
    }

    /// <inheritdoc/>
    public override string ToString() => (IsOnlyIf ? "onlyif " : "skipif ") + EngineName;
}
