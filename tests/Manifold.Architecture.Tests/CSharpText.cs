namespace Manifold.Architecture.Tests;

/// <summary>Blanks out what is not code in C# source: comments and the text of string and character literals. The result
/// has the same length and line breaks, so positions and line numbers still hold; code inside interpolation holes
/// (<c>$"{Manifold.Engine.X.Y}"</c>) is kept.</summary>
/// <remarks>Handles <c>//</c> and <c>/* */</c> comments, character literals, regular, verbatim (<c>@"…"</c>), interpolated
/// (<c>$"…"</c>, <c>$@"…"</c>) and raw (<c>"""…"""</c>, <c>$$"""…"""</c>) strings with nested holes. Not a full lexer:
/// it needs only to know where code is.</remarks>
internal static class CSharpText
{
    public static string StripCommentsAndStrings(string source)
    {
        var output = source.ToCharArray();
        int position = 0;
        new Scanner(source, output).Code(ref position, hole: false);
        return new string(output);
    }

    private sealed class Scanner(string text, char[] output)
    {
        /// <summary>Scans code up to the end, or (in a hole) up to the brace run that closes it, which is left unconsumed.</summary>
        public void Code(ref int i, bool hole)
        {
            int depth = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '/' && At(i + 1) == '/')
                {
                    while (i < text.Length && text[i] != '\n')
                    {
                        Blank(i++);
                    }
                }
                else if (c == '/' && At(i + 1) == '*')
                {
                    Blank(i++);
                    Blank(i++);
                    while (i < text.Length && !(text[i] == '*' && At(i + 1) == '/'))
                    {
                        Blank(i++);
                    }
                    if (i < text.Length)
                    {
                        Blank(i++);
                        Blank(i++);
                    }
                }
                else if (c == '\'')
                {
                    CharLiteral(ref i);
                }
                else if (TryString(ref i))
                {
                }
                else if (hole && c == '{')
                {
                    depth++;
                    i++;
                }
                else if (hole && c == '}')
                {
                    if (depth == 0)
                    {
                        return;
                    }
                    depth--;
                    i++;
                }
                else
                {
                    i++;
                }
            }
        }

        private char At(int i) => i < text.Length ? text[i] : '\0';

        private void Blank(int i)
        {
            if (i < output.Length && output[i] != '\n' && output[i] != '\r')
            {
                output[i] = ' ';
            }
        }

        private void CharLiteral(ref int i)
        {
            i++;   // opening quote
            while (i < text.Length && text[i] != '\'' && text[i] != '\n')
            {
                if (text[i] == '\\')
                {
                    Blank(i++);
                }
                Blank(i++);
            }
            i++;   // closing quote
        }

        /// <summary>Consumes a string literal starting at <paramref name="i"/> (with its <c>$</c>/<c>@</c> prefix), if there is one.</summary>
        private bool TryString(ref int i)
        {
            int start = i;
            int dollars = 0;
            bool verbatim = false;
            int p = i;
            while (p < text.Length && (text[p] == '$' || text[p] == '@'))
            {
                if (text[p] == '$')
                {
                    dollars++;
                }
                else
                {
                    verbatim = true;
                }
                p++;
            }
            if (At(p) != '"' || (p > start && start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_')))
            {
                return false;
            }
            int quotes = 0;
            while (At(p + quotes) == '"')
            {
                quotes++;
            }
            if (quotes >= 3)
            {
                i = p + quotes;
                RawContent(ref i, quotes, dollars);
            }
            else
            {
                i = p + 1;
                QuotedContent(ref i, verbatim, dollars > 0);
            }
            return true;
        }

        private void QuotedContent(ref int i, bool verbatim, bool interpolated)
        {
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '"')
                {
                    if (verbatim && At(i + 1) == '"')
                    {
                        Blank(i++);
                        Blank(i++);
                        continue;
                    }
                    i++;
                    return;
                }
                if (!verbatim && c == '\\')
                {
                    Blank(i++);
                    Blank(i++);
                    continue;
                }
                if (!verbatim && c == '\n')
                {
                    return;   // unterminated: stop at the line end
                }
                if (interpolated && c == '{')
                {
                    if (At(i + 1) == '{')
                    {
                        Blank(i++);
                        Blank(i++);
                        continue;
                    }
                    i++;
                    Code(ref i, hole: true);
                    i++;   // closing brace
                    continue;
                }
                Blank(i++);
            }
        }

        private void RawContent(ref int i, int quotes, int dollars)
        {
            while (i < text.Length)
            {
                if (text[i] == '"')
                {
                    int run = 0;
                    while (At(i + run) == '"')
                    {
                        run++;
                    }
                    if (run >= quotes)
                    {
                        i += run;
                        return;
                    }
                    for (int k = 0; k < run; k++)
                    {
                        Blank(i++);
                    }
                    continue;
                }
                if (dollars > 0 && text[i] == '{')
                {
                    int run = 0;
                    while (At(i + run) == '{')
                    {
                        run++;
                    }
                    if (run >= dollars)
                    {
                        for (int k = 0; k < run - dollars; k++)
                        {
                            Blank(i++);   // literal braces before the opening ones
                        }
                        i += dollars;
                        Code(ref i, hole: true);
                        i += dollars;   // the closing braces
                        continue;
                    }
                    for (int k = 0; k < run; k++)
                    {
                        Blank(i++);
                    }
                    continue;
                }
                Blank(i++);
            }
        }
    }
}
