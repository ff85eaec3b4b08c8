using Manifold.Sql.Lexing;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Formatting;

/// <summary>Prints syntax trees as Trino SQL that parses back to an equal tree.</summary>
/// <remarks>
/// Queries get a multi-line layout (one clause per line, select items and FROM on their own indented lines);
/// expressions stay on one line except for subqueries. Parentheses are added only where precedence needs them.
/// Identifiers are quoted when delimited, reserved or not plain words. Trees the parser cannot produce (for example a
/// one-value row without ROW, or a FunctionCall named <c>if</c>) are printed as valid SQL that may parse differently.
/// </remarks>
public static class SqlFormatter
{
    /// <summary>The SQL text of <paramref name="node"/> (a statement, query, expression, relation, type, …).</summary>
    public static string Format(Node node)
    {
        var writer = new SqlWriter();
        writer.Write(node);
        return writer.ToString();
    }

    /// <summary>The identifier as SQL: bare when a plain, non-reserved word and not delimited, else "quoted".</summary>
    public static string FormatIdentifier(Identifier identifier)
        => !identifier.Delimited && IsPlainIdentifier(identifier.Value) ? identifier.Value : QuoteIdentifier(identifier.Value);

    /// <summary>A name as a "delimited" identifier, doubling inner quotes.</summary>
    public static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A value as a 'string' literal, doubling inner quotes.</summary>
    public static string FormatStringLiteral(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>True when <paramref name="name"/> can be written without quotes: an unquoted word that is not reserved.</summary>
    public static bool IsPlainIdentifier(string name)
    {
        if (name.Length == 0 || !(Lexer.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }
        for (int i = 1; i < name.Length; i++)
        {
            if (!Lexer.IsIdentifierPart(name[i]))
            {
                return false;
            }
        }
        return !Keywords.IsReserved(Keywords.Lookup(name));
    }
}
