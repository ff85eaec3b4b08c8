namespace Manifold.Cli.Tests;

/// <summary>Expected output written with a <c>$</c> at the end of every line (as <c>cat -A</c> shows it), so that
/// trailing blanks stay visible and survive editors.</summary>
internal static class Golden
{
    public static string Text(string marked)
    {
        var lines = marked.Split('\n');
        var builder = new System.Text.StringBuilder();
        foreach (string line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }
            Assert.True(line.EndsWith('$'), $"golden line without '$': {line}");
            builder.Append(line, 0, line.Length - 1).Append('\n');
        }
        return builder.ToString();
    }
}
