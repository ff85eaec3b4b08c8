namespace Manifold.Architecture.Tests;

/// <summary>Checks that every engine source file uses only the folders the rule allows (<see cref="EngineLayers"/>).</summary>
public sealed class EngineFolderTests
{
    private static readonly Lazy<IReadOnlyList<CSharpFile>> s_files = new(() =>
    {
        NamespaceIndex index = NamespaceIndex.ForSources();
        return Repository.Files("src/Manifold.Engine", "*.cs").Select(p => CSharpFile.Parse(p, Repository.Read(p), index)).ToArray();
    });

    /// <summary>Every violation as <c>(file, target, message)</c>, the message naming the file and line.</summary>
    private static List<(string File, string Target, string Message)> Violations()
    {
        var violations = new List<(string, string, string)>();
        foreach (CSharpFile file in s_files.Value)
        {
            string? unit = EngineLayers.UnitOfPath(file.Path);
            if (unit is null)
            {
                violations.Add((file.Path, "?", $"{file.Path}:1: not inside a known engine folder ({string.Join(", ", EngineLayers.Order)}, Functions, Connectors/<Name>)"));
                continue;
            }
            foreach (NamespaceReference reference in file.References)
            {
                string? target = EngineLayers.UnitOfNamespace(reference.Namespace);
                if (target is null || EngineLayers.Allows(unit, target, out string reason))
                {
                    continue;
                }
                violations.Add((file.Path, target, $"{file.Path}:{reference.Line}: {unit} uses {target} ({reference.Text}): {reason}"));
            }
        }
        return violations;
    }

    [Fact]
    public void The_engine_has_source_files_in_every_folder_of_the_path()
    {
        // Guards the test itself: if the paths or the parsing broke, the rule below would pass vacuously.
        var units = s_files.Value.Select(f => EngineLayers.UnitOfPath(f.Path)).ToHashSet();
        Assert.All(EngineLayers.Order, folder => Assert.Contains(folder, units));
        Assert.Contains("Functions", units);
        Assert.Contains("Connectors/Memory", units);
        Assert.True(s_files.Value.Sum(f => f.References.Count) > 500, "too few references found: is the parser broken?");
    }

    [Fact]
    public void Engine_folders_use_only_the_folders_before_them_and_functions_and_connectors_use_only_the_spi()
    {
        IReadOnlyDictionary<(string File, string Target), string> known = KnownViolations.Load();
        var violations = Violations();
        var unexpected = violations.Where(v => !known.ContainsKey((v.File, v.Target))).Select(v => v.Message).ToList();
        var seen = violations.Select(v => (v.File, v.Target)).ToHashSet();
        var stale = known.Keys.Where(k => !seen.Contains(k)).Select(k => $"{k.File} -> {k.Target}").ToList();
        var report = new List<string>();
        if (unexpected.Count > 0)
        {
            report.Add($"{unexpected.Count} reference(s) break the engine's folder rule (see docs/architecture.md); use an interface "
                + $"declared on the left, or (with a reason) list the file in {KnownViolations.FileName}:");
            report.AddRange(unexpected);
        }
        if (stale.Count > 0)
        {
            report.Add($"{KnownViolations.FileName} lists violations that no longer occur; remove them:");
            report.AddRange(stale);
        }
        Assert.True(report.Count == 0, string.Join("\n", report));
    }

    [Fact]
    public void Engine_files_declare_the_namespace_of_their_folder()
    {
        var wrong = s_files.Value
            .Where(f => EngineLayers.UnitOfPath(f.Path) is { } unit && (f.Namespace is null || EngineLayers.UnitOfNamespace(f.Namespace) != unit))
            .Select(f => $"{f.Path}: namespace {f.Namespace ?? "(none)"} is not in folder {EngineLayers.UnitOfPath(f.Path)}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void No_global_using_brings_an_engine_folder_into_every_file()
    {
        var global = s_files.Value.SelectMany(f => f.GlobalUsingLines.Select(line => $"{f.Path}:{line}")).ToList();
        Assert.True(global.Count == 0, "global using of repository namespaces:\n" + string.Join("\n", global));
    }
}
