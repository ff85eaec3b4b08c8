using System.Text;

namespace Manifold.Client.Protocol;

/// <summary>Finds the parameter markers of a SQL text: positional <c>?</c> or named <c>@name</c>, outside string
/// literals, quoted identifiers and comments. Named markers are rewritten to <c>?</c>, and the names listed in order
/// (a name may repeat).</summary>
internal static class ParameterBinder
{
    /// <summary>Rewrites the text for <c>PREPARE</c>.</summary>
    /// <param name="sql">The command text.</param>
    /// <param name="names">Parameter names in marker order (without <c>@</c>), or null for positional markers.</param>
    /// <param name="positionalCount">The number of <c>?</c> markers when the text is positional.</param>
    /// <returns>The text with every named marker replaced by <c>?</c>.</returns>
    public static string Rewrite(string sql, out List<string>? names, out int positionalCount)
    {
        var text = new StringBuilder(sql.Length);
        names = null;
        positionalCount = 0;
        int i = 0;
        while (i < sql.Length)
        {
            char c = sql[i];
            if (c is '\'' or '"')
            {
                int end = i + 1;
                while (end < sql.Length)
                {
                    if (sql[end] == c)
                    {
                        if (end + 1 < sql.Length && sql[end + 1] == c)
                        {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                end = Math.Min(end + 1, sql.Length);
                text.Append(sql, i, end - i);
                i = end;
            }
            else if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                int end = sql.IndexOf('\n', i);
                end = end < 0 ? sql.Length : end;
                text.Append(sql, i, end - i);
                i = end;
            }
            else if (c == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                int end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? sql.Length : end + 2;
                text.Append(sql, i, end - i);
                i = end;
            }
            else if (c == '?')
            {
                positionalCount++;
                text.Append(c);
                i++;
            }
            else if (c == '@' && i + 1 < sql.Length && (char.IsLetter(sql[i + 1]) || sql[i + 1] == '_'))
            {
                int end = i + 1;
                while (end < sql.Length && (char.IsLetterOrDigit(sql[end]) || sql[end] == '_'))
                {
                    end++;
                }
                (names ??= []).Add(sql[(i + 1)..end]);
                text.Append('?');
                i = end;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }
        if (names is not null && positionalCount > 0)
        {
            throw new ArgumentException("The command text mixes positional (?) and named (@name) parameters");
        }
        return text.ToString();
    }
}
