using Manifold.Spi.Errors;

namespace Manifold.Engine.Metadata;

/// <summary>Reads Java-style <c>.properties</c> files as Trino's <c>etc/</c> uses them: <c>key=value</c> lines, <c>#</c> and
/// <c>!</c> comments, blank lines ignored, whitespace around keys and values trimmed.</summary>
public static class PropertiesFile
{
    /// <summary>Reads a file; fails with CONFIGURATION_INVALID naming the line of a malformed entry or a duplicate key.</summary>
    public static Dictionary<string, string> Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses properties text; <paramref name="source"/> names it in errors.</summary>
    public static Dictionary<string, string> Parse(string text, string source)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == '!')
            {
                continue;
            }
            int separator = line.IndexOfAny(['=', ':']);
            if (separator <= 0)
            {
                throw new ManifoldException(StandardErrorCode.ConfigurationInvalid, $"{source}:{i + 1}: expected key=value");
            }
            string key = line[..separator].Trim();
            string value = line[(separator + 1)..].Trim();
            if (!result.TryAdd(key, value))
            {
                throw new ManifoldException(StandardErrorCode.ConfigurationInvalid, $"{source}:{i + 1}: duplicate property '{key}'");
            }
        }
        return result;
    }
}
