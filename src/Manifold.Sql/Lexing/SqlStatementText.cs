namespace Manifold.Sql.Lexing;

/// <summary>One statement of a script, as cut by <see cref="SqlStatementSplitter"/>.</summary>
/// <param name="Text">The statement's text, from its first non-blank character up to (not including) the ';'.</param>
/// <param name="Offset">Where the text starts in the script (0-based).</param>
/// <param name="Line">The 1-based line where the text starts in the script.</param>
/// <param name="Column">The 1-based column where the text starts in the script.</param>
public sealed record SqlStatementText(string Text, int Offset, int Line, int Column);
