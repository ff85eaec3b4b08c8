using Manifold.Sql.Tree;

namespace Manifold.Sql.Parsing;

/// <summary>One statement of a parsed script.</summary>
/// <param name="Statement">The syntax tree.</param>
/// <param name="Text">The statement's text as cut from the script (without the ';').</param>
/// <param name="Line">The 1-based line where the statement starts in the script.</param>
/// <param name="Column">The 1-based column where the statement starts in the script.</param>
public sealed record ParsedStatement(Statement Statement, string Text, int Line, int Column);
