using Manifold.Sql.Lexing;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Parsing;

/// <summary>Parses Trino-dialect SQL text into syntax trees.</summary>
/// <remarks>
/// Every failure is a <see cref="SqlParseException"/> carrying the line and column of the offending token. Nesting deeper
/// than <see cref="MaxNestingDepth"/> and trees deeper than <see cref="MaxDepth"/> nodes are refused with "statement is
/// too large (stack overflow while parsing)", so neither the parser nor recursive consumers of the tree (formatter,
/// analyzer) overflow a 1 MB stack. Parameters (<c>?</c>) are numbered
/// from 0 in text order.
/// </remarks>
public static class SqlParser
{
    /// <summary>The deepest syntax tree accepted, counted in nodes from the root.</summary>
    public const int MaxDepth = Parser.MaxDepth;

    /// <summary>The deepest nesting accepted while parsing: parenthesized expressions, function arguments, subqueries,
    /// relations and types each count one level.</summary>
    public const int MaxNestingDepth = Parser.MaxNestingDepth;

    /// <summary>Parses one statement; a trailing ';' is allowed.</summary>
    public static Statement ParseStatement(string sql) => new Parser(sql).ParseSingleStatement();

    /// <summary>Parses one statement cut from a script; positions in errors and nodes are those of the script.</summary>
    public static Statement ParseStatement(SqlStatementText statement)
        => new Parser(statement.Text, statement.Line, statement.Column).ParseSingleStatement();

    /// <summary>Parses one expression.</summary>
    public static Expression ParseExpression(string sql) => new Parser(sql).ParseSingleExpression();

    /// <summary>Parses one data type, e.g. <c>decimal(10, 2)</c> or <c>row(a bigint, b array(varchar))</c>.</summary>
    public static DataType ParseDataType(string sql) => new Parser(sql).ParseSingleDataType();

    /// <summary>Parses every statement of a script (statements separated by ';'). Stops at the first error.</summary>
    public static IReadOnlyList<ParsedStatement> ParseScript(string script)
    {
        IReadOnlyList<SqlStatementText> pieces = SqlStatementSplitter.Split(script);
        var statements = new List<ParsedStatement>(pieces.Count);
        foreach (SqlStatementText piece in pieces)
        {
            statements.Add(new ParsedStatement(ParseStatement(piece), piece.Text, piece.Line, piece.Column));
        }
        return statements;
    }
}
