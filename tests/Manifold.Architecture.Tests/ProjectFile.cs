using System.Xml.Linq;

namespace Manifold.Architecture.Tests;

/// <summary>What the dependency rules need from a .csproj: its name, assembly name, references and InternalsVisibleTo.</summary>
internal sealed class ProjectFile
{
    private ProjectFile(string path, XDocument document)
    {
        Path = path;
        Name = System.IO.Path.GetFileNameWithoutExtension(path);
        string directory = System.IO.Path.GetDirectoryName(path)!;
        AssemblyName = Elements(document, "AssemblyName").Select(e => e.Value.Trim()).LastOrDefault() ?? Name;
        ProjectReferences = Elements(document, "ProjectReference")
            .Select(e => Repository.Relative(System.IO.Path.GetFullPath(System.IO.Path.Combine(Repository.Root, directory, Include(e)))))
            .ToArray();
        PackageReferences = Elements(document, "PackageReference").Select(Include).ToArray();
        FrameworkReferences = Elements(document, "FrameworkReference").Select(Include).ToArray();
        InternalsVisibleTo = Elements(document, "InternalsVisibleTo").Select(Include).ToArray();
    }

    /// <summary>The path relative to the repository root.</summary>
    public string Path { get; }

    /// <summary>The file name without .csproj.</summary>
    public string Name { get; }

    public string AssemblyName { get; }

    /// <summary>Referenced project files, relative to the repository root.</summary>
    public IReadOnlyList<string> ProjectReferences { get; }

    public IReadOnlyList<string> PackageReferences { get; }

    public IReadOnlyList<string> FrameworkReferences { get; }

    /// <summary>Assemblies named by <c>&lt;InternalsVisibleTo Include="…"/&gt;</c> items.</summary>
    public IReadOnlyList<string> InternalsVisibleTo { get; }

    /// <summary>The top folder: src, tests, bench or tools.</summary>
    public string Area => Path.Split('/')[0];

    /// <summary>Every project of the repository.</summary>
    public static IReadOnlyList<ProjectFile> All()
        => new[] { "src", "tests", "bench", "tools" }
            .SelectMany(area => Repository.Files(area, "*.csproj"))
            .Select(p => new ProjectFile(p, XDocument.Parse(Repository.Read(p))))
            .ToArray();

    private static IEnumerable<XElement> Elements(XDocument document, string name) => document.Descendants().Where(e => e.Name.LocalName == name);

    private static string Include(XElement element) => ((string?)element.Attribute("Include") ?? "").Replace('\\', '/');
}
