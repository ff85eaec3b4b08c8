using System.Text.RegularExpressions;

namespace Manifold.Architecture.Tests;

/// <summary>The namespaces and type names the repository's sources declare, to tell a namespace-qualified name
/// (<c>Session.Session</c>, <c>Spi.Errors.ManifoldException</c>) from member access (<c>Metadata.GetCatalog</c>).</summary>
internal sealed partial class NamespaceIndex
{
    private readonly HashSet<string> _namespaces = new(StringComparer.Ordinal);
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);

    /// <summary>Indexes sources (already stripped of comments and strings).</summary>
    public NamespaceIndex(IEnumerable<string> strippedSources)
    {
        foreach (string source in strippedSources)
        {
            string? ns = CSharpFile.DeclaredNamespace(source);
            if (ns is null)
            {
                continue;
            }
            AddNamespace(ns);
            foreach (Match match in TypeDeclaration().Matches(source))
            {
                _types.Add($"{ns}.{match.Groups["name"].Value}");
            }
        }
    }

    /// <summary>The index of every C# file under <c>src/</c>.</summary>
    public static NamespaceIndex ForSources()
        => new(Repository.Files("src", "*.cs").Select(p => CSharpText.StripCommentsAndStrings(Repository.Read(p))));

    public bool IsNamespace(string name) => _namespaces.Contains(name);

    public bool IsNamespaceOrType(string name) => _namespaces.Contains(name) || _types.Contains(name);

    /// <summary>The longest leading part of <paramref name="qualifiedName"/> that is a namespace.</summary>
    public string NamespacePart(string qualifiedName)
    {
        string[] parts = qualifiedName.Split('.');
        for (int count = parts.Length; count > 0; count--)
        {
            string candidate = string.Join('.', parts, 0, count);
            if (_namespaces.Contains(candidate))
            {
                return candidate;
            }
        }
        return qualifiedName;
    }

    private void AddNamespace(string ns)
    {
        string[] parts = ns.Split('.');
        for (int count = 1; count <= parts.Length; count++)
        {
            _namespaces.Add(string.Join('.', parts, 0, count));
        }
    }

    [GeneratedRegex(@"\b(?:class|struct|interface|enum|record)\s+(?:(?:class|struct)\s+)?(?<name>[A-Za-z_]\w*)")]
    private static partial Regex TypeDeclaration();
}
