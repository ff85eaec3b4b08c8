namespace Manifold.Sql.Parsing;

/// <summary>A syntax error in SQL text, at a 1-based line and column.</summary>
/// <remarks><see cref="Exception.Message"/> has no position; <see cref="PositionedMessage"/> is the Trino-style
/// <c>line L:C: message</c>.</remarks>
public sealed class SqlParseException : Exception
{
    /// <summary>Creates the error.</summary>
    public SqlParseException(string message, int line, int column)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    /// <summary>The 1-based line of the offending token.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the offending token.</summary>
    public int Column { get; }

    /// <summary>The message with its position: <c>line 1:8: mismatched input 'FROM'. Expecting: …</c>.</summary>
    public string PositionedMessage => $"line {Line}:{Column}: {Message}";
}
