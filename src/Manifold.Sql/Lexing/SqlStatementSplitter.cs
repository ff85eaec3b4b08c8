namespace Manifold.Sql.Lexing;

/// <summary>Cuts a script into statements at each ';' outside strings, quoted identifiers and comments.</summary>
/// <remarks>
/// Pieces with nothing but blanks and comments are dropped. The splitter never fails: an unterminated string or comment
/// runs to the end of the script, where parsing that statement reports it.
/// </remarks>
public static class SqlStatementSplitter
{
    /// <summary>The statements of <paramref name="script"/>, in order, with where each starts.</summary>
    public static IReadOnlyList<SqlStatementText> Split(string script)
    {
        var statements = new List<SqlStatementText>();
        int position = 0;
        int line = 1;
        int lineStart = 0;
        int start = -1;          // offset of the current statement's first token, -1 while none
        int startLine = 0;
        int startColumn = 0;
        int length = script.Length;

        while (position < length)
        {
            char c = script[position];
            if (c == '\n')
            {
                line++;
                lineStart = position + 1;
                position++;
                continue;
            }
            if (c is ' ' or '\t' or '\r')
            {
                position++;
                continue;
            }
            if (c == '-' && position + 1 < length && script[position + 1] == '-')
            {
                while (position < length && script[position] != '\n')
                {
                    position++;
                }
                continue;
            }
            if (c == '/' && position + 1 < length && script[position + 1] == '*')
            {
                int end = script.IndexOf("*/", position + 2, StringComparison.Ordinal);
                int stop = end < 0 ? length : end + 2;
                CountLines(script, position, stop, ref line, ref lineStart);
                position = stop;
                continue;
            }
            if (c == ';')
            {
                if (start >= 0)
                {
                    statements.Add(new SqlStatementText(script[start..position].TrimEnd(), start, startLine, startColumn));
                    start = -1;
                }
                position++;
                continue;
            }
            if (start < 0)
            {
                start = position;
                startLine = line;
                startColumn = position - lineStart + 1;
            }
            if (c is '\'' or '"' or '`')
            {
                int stop = position + 1;
                while (stop < length)
                {
                    if (script[stop] == c)
                    {
                        if (stop + 1 < length && script[stop + 1] == c && c != '`')
                        {
                            stop += 2;
                            continue;
                        }
                        stop++;
                        break;
                    }
                    stop++;
                }
                if (stop > length)
                {
                    stop = length;
                }
                CountLines(script, position, stop, ref line, ref lineStart);
                position = stop;
                continue;
            }
            position++;
        }
        if (start >= 0)
        {
            statements.Add(new SqlStatementText(script[start..].TrimEnd(), start, startLine, startColumn));
        }
        return statements;
    }

    private static void CountLines(string script, int from, int to, ref int line, ref int lineStart)
    {
        for (int i = from; i < to; i++)
        {
            if (script[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
    }
}
