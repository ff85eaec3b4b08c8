using System.Text;

namespace Manifold.DocsGen;

/// <summary>Small helpers for writing Markdown that renders the same on GitHub and elsewhere.</summary>
internal static class Markdown
{
    /// <summary>An inline code span holding <paramref name="text"/> exactly, with a fence longer than any run of
    /// backticks inside it.</summary>
    public static string Code(string text)
    {
        int longest = 0;
        int run = 0;
        foreach (char c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        string fence = new('`', longest + 1);
        bool pad = text.StartsWith('`') || text.EndsWith('`');
        return pad ? $"{fence} {text} {fence}" : $"{fence}{text}{fence}";
    }

    /// <summary>Text for a table cell: pipes escaped, line breaks flattened.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    /// <summary>The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens.</summary>
    public static string Anchor(string heading)
    {
        var builder = new StringBuilder();
        foreach (char c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '_' or '-')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('-');
            }
        }
        return builder.ToString();
    }
}
