namespace Manifold.Spi.Errors;

/// <summary>A 1-based line and column in SQL text.</summary>
/// <param name="Line">Line number, starting at 1.</param>
/// <param name="Column">Column number, starting at 1.</param>
public readonly record struct SourceLocation(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
