using System.Text.RegularExpressions;

namespace Manifold.Architecture.Tests;

/// <summary>Checks the project references of STYLE.md §2: which src project may reference which, that the core projects
/// use nothing beyond the BCL, and that InternalsVisibleTo opens internals only to test and benchmark projects.</summary>
public sealed partial class ProjectReferenceTests
{
    /// <summary>What each src project may reference. A pattern ending in * matches every project with that prefix.
    /// Tests, benchmarks and tools may reference anything.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> AllowedReferences = new Dictionary<string, string[]>
    {
        ["Manifold.Spi"] = [],
        ["Manifold.Sql"] = [],
        ["Manifold.Client"] = [],
        ["Manifold.Engine"] = ["Manifold.Spi", "Manifold.Sql"],
        ["Manifold.Connectors.*"] = ["Manifold.Spi", "Manifold.Sql"],
        ["Manifold.Server"] = ["Manifold.Engine", "Manifold.Connectors.*"],
        ["Manifold.Cli"] = ["Manifold.Engine", "Manifold.Server", "Manifold.Client"],
    };

    /// <summary>Projects that use the BCL alone: no packages, no extra shared frameworks.</summary>
    internal static readonly string[] BclOnly = ["Manifold.Spi", "Manifold.Sql", "Manifold.Client", "Manifold.Engine"];

    private static readonly Lazy<IReadOnlyList<ProjectFile>> s_projects = new(ProjectFile.All);

    internal static string[]? RuleFor(string project)
    {
        foreach (var (pattern, allowed) in AllowedReferences)
        {
            if (Matches(pattern, project))
            {
                return allowed;
            }
        }
        return null;
    }

    internal static bool Matches(string pattern, string project)
        => pattern.EndsWith('*') ? project.StartsWith(pattern[..^1], StringComparison.Ordinal) : pattern == project;

    [Fact]
    public void Source_projects_reference_only_what_the_layering_allows()
    {
        var violations = new List<string>();
        var sources = s_projects.Value.Where(p => p.Area == "src").ToList();
        Assert.Contains(sources, p => p.Name == "Manifold.Engine");
        foreach (ProjectFile project in sources)
        {
            string[]? allowed = RuleFor(project.Name);
            if (allowed is null)
            {
                violations.Add($"{project.Path}: no rule for {project.Name}; add one to {nameof(ProjectReferenceTests)}.{nameof(AllowedReferences)} and STYLE.md §2");
                continue;
            }
            foreach (string reference in project.ProjectReferences)
            {
                string name = Path.GetFileNameWithoutExtension(reference);
                if (!reference.StartsWith("src/", StringComparison.Ordinal) || !allowed.Any(pattern => Matches(pattern, name)))
                {
                    violations.Add($"{project.Path}: references {reference}; {project.Name} may reference only "
                        + (allowed.Length == 0 ? "nothing in the repository" : string.Join(", ", allowed)));
                }
            }
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void Core_projects_use_only_the_bcl()
    {
        var violations = s_projects.Value
            .Where(p => p.Area == "src" && BclOnly.Contains(p.Name))
            .SelectMany(p => p.PackageReferences.Select(r => $"{p.Path}: package {r}")
                .Concat(p.FrameworkReferences.Select(r => $"{p.Path}: framework {r}")))
            .ToList();
        Assert.True(violations.Count == 0, "Spi, Sql, Client and Engine use the BCL only:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Internals_are_visible_only_to_test_and_benchmark_projects()
    {
        var testAssemblies = s_projects.Value.Where(p => p.Area is "tests" or "bench").Select(p => p.AssemblyName).ToHashSet();
        var violations = new List<string>();
        foreach (ProjectFile project in s_projects.Value.Where(p => p.Area is "src" or "tools"))
        {
            foreach (string friend in project.InternalsVisibleTo.Where(f => !testAssemblies.Contains(f)))
            {
                violations.Add($"{project.Path}: InternalsVisibleTo {friend}, which is not a project under tests/ or bench/");
            }
        }
        foreach (string path in new[] { "src", "tools" }.SelectMany(area => Repository.Files(area, "*.cs")))
        {
            string source = Repository.Read(path);
            string code = CSharpText.StripCommentsAndStrings(source);
            foreach (Match match in InternalsVisibleToAttribute().Matches(source))
            {
                // The attribute counts only where it is code, not inside a comment or string.
                bool isCode = code.AsSpan(match.Index).StartsWith("InternalsVisibleTo", StringComparison.Ordinal);
                if (isCode && !testAssemblies.Contains(match.Groups["friend"].Value.Split(',')[0].Trim()))
                {
                    int line = source.AsSpan(0, match.Index).Count('\n') + 1;
                    violations.Add($"{path}:{line}: InternalsVisibleTo(\"{match.Groups["friend"].Value}\"), which is not a project under tests/ or bench/");
                }
            }
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void Every_project_is_in_the_solution()
    {
        string solution = Repository.Read("Manifold.slnx");
        var missing = s_projects.Value.Where(p => !solution.Contains($"\"{p.Path}\"", StringComparison.Ordinal)).Select(p => p.Path).ToList();
        Assert.True(missing.Count == 0, "not in Manifold.slnx:\n" + string.Join("\n", missing));
    }

    [GeneratedRegex(@"InternalsVisibleTo(?:Attribute)?\s*\(\s*""(?<friend>[^""]*)""")]
    private static partial Regex InternalsVisibleToAttribute();
}
