namespace Manifold.Architecture.Tests;

/// <summary>The accepted exceptions to the dependency rules, read from <c>known-violations.txt</c> next to this file.</summary>
/// <remarks>Each line is <c>&lt;file&gt; -&gt; &lt;target&gt;  # reason</c>; blank lines and lines starting with # are
/// ignored. An entry covers every reference from that file to that target. A reason is required.</remarks>
internal static class KnownViolations
{
    public const string FileName = "tests/Manifold.Architecture.Tests/known-violations.txt";

    public static IReadOnlyDictionary<(string File, string Target), string> Load()
    {
        var entries = new Dictionary<(string, string), string>();
        string[] lines = Repository.Read(FileName).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            string reason = hash < 0 ? "" : line[(hash + 1)..].Trim();
            string rule = (hash < 0 ? line : line[..hash]).Trim();
            string[] parts = rule.Split("->", StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || reason.Length == 0)
            {
                throw new InvalidOperationException($"{FileName}:{i + 1}: expected '<file> -> <target>  # reason'");
            }
            entries[(parts[0], parts[1])] = reason;
        }
        return entries;
    }
}
