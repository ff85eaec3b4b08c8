using System.Text.RegularExpressions;

namespace Manifold.Architecture.Tests;

/// <summary>A reference from code to a namespace of the repository, found by <see cref="CSharpFile"/>.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Namespace">The referenced namespace, fully qualified (for a type, the namespace that declares it).</param>
/// <param name="Text">The name as written, e.g. <c>using Manifold.Engine.Planning</c> or <c>Session.Session</c>.</param>
internal sealed record NamespaceReference(int Line, string Namespace, string Text);

/// <summary>One C# source file: its declared namespace and the repository namespaces it refers to, through using
/// directives (plain, static, alias, global), fully qualified names, and names qualified relative to an enclosing namespace
/// (<c>Session.Session</c> inside <c>Manifold.Engine.Runtime</c>). Comments and string literals are ignored.</summary>
internal sealed partial class CSharpFile
{
    private CSharpFile(string path, string? ns, IReadOnlyList<NamespaceReference> references, IReadOnlyList<int> globalUsingLines)
    {
        Path = path;
        Namespace = ns;
        References = references;
        GlobalUsingLines = globalUsingLines;
    }

    public string Path { get; }

    /// <summary>The first namespace the file declares, or null.</summary>
    public string? Namespace { get; }

    public IReadOnlyList<NamespaceReference> References { get; }

    /// <summary>Lines of <c>global using</c> directives to repository namespaces (they would leak into every file).</summary>
    public IReadOnlyList<int> GlobalUsingLines { get; }

    /// <summary>The namespace the stripped source declares first, or null.</summary>
    public static string? DeclaredNamespace(string strippedSource)
        => NamespaceDeclaration().Match(strippedSource) is { Success: true } match ? match.Groups["name"].Value : null;

    public static CSharpFile Parse(string path, string source, NamespaceIndex index)
    {
        string code = CSharpText.StripCommentsAndStrings(source);
        string? ns = DeclaredNamespace(code);
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < code.Length; i++)
        {
            if (code[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }
        int LineOf(int position)
        {
            int found = lineStarts.BinarySearch(position);
            return (found >= 0 ? found : ~found - 1) + 1;
        }

        var references = new List<NamespaceReference>();
        var seen = new HashSet<(int, string)>();
        var globalUsings = new List<int>();
        var declarationLines = new HashSet<int>(NamespaceDeclaration().Matches(code).Select(m => LineOf(m.Index)));
        void Add(int line, string target, string text)
        {
            if (seen.Add((line, target)))
            {
                references.Add(new NamespaceReference(line, target, text));
            }
        }

        foreach (Match match in UsingDirective().Matches(code))
        {
            int line = LineOf(match.Index);
            string name = Normalize(match.Groups["name"].Value);
            if (Resolve(name, ns, index, requireMember: false) is { } target)
            {
                Add(line, target, $"using {name}");
                if (match.Groups["global"].Success)
                {
                    globalUsings.Add(line);
                }
            }
        }
        foreach (Match match in QualifiedName().Matches(code))
        {
            int line = LineOf(match.Index);
            if (declarationLines.Contains(line))
            {
                continue;
            }
            string name = Normalize(match.Groups["name"].Value);
            bool global = match.Groups["global"].Success;
            if (Resolve(name, global ? null : ns, index, requireMember: true) is { } target)
            {
                Add(line, target, name);
            }
        }
        return new CSharpFile(path, ns, references, globalUsings);
    }

    /// <summary>The repository namespace a dotted name refers to from inside <paramref name="ns"/>, trying the enclosing
    /// namespaces from the innermost out, as C# does; null when it is not one (a BCL name, member access, a local).</summary>
    /// <param name="name">The dotted name.</param>
    /// <param name="ns">The file's namespace, or null for names that are fully qualified.</param>
    /// <param name="index">The known namespaces and types.</param>
    /// <param name="requireMember">When true the name's second part must also be a known namespace or type, so that
    /// <c>Metadata.GetCatalog</c> (a property named like a namespace) is not taken for a reference.</param>
    internal static string? Resolve(string name, string? ns, NamespaceIndex index, bool requireMember)
    {
        string[] parts = name.Split('.');
        string[] enclosing = ns?.Split('.') ?? [];
        for (int depth = enclosing.Length; depth >= 0; depth--)
        {
            string prefix = depth == 0 ? "" : string.Join('.', enclosing, 0, depth) + ".";
            if (!index.IsNamespace(prefix + parts[0]))
            {
                continue;
            }
            if (requireMember && (parts.Length < 2 || !index.IsNamespaceOrType(prefix + parts[0] + "." + parts[1])))
            {
                continue;
            }
            return index.NamespacePart(prefix + name);
        }
        return null;
    }

    private static string Normalize(string name) => WhiteSpace().Replace(name, "");

    [GeneratedRegex(@"^[ \t]*namespace\s+(?<name>[\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"^[ \t]*(?<global>global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?(?<name>[\w.\s]+?)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"(?<![\w.@$])(?<global>global::)?(?<name>[A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)+)")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
