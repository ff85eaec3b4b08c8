namespace Manifold.Architecture.Tests;

/// <summary>The repository the tests run in: its root and its files, without build output.</summary>
internal static class Repository
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Manifold.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Manifold.slnx above {AppContext.BaseDirectory}");
    });

    /// <summary>The directory holding Manifold.slnx.</summary>
    public static string Root => s_root.Value;

    /// <summary>The files under <paramref name="relativeDirectory"/> matching <paramref name="pattern"/>, as paths relative to
    /// the root with forward slashes, sorted; bin/ and obj/ folders are skipped.</summary>
    public static IReadOnlyList<string> Files(string relativeDirectory, string pattern)
    {
        string directory = Path.Combine(Root, relativeDirectory);
        if (!Directory.Exists(directory))
        {
            return [];
        }
        return Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories)
            .Select(Relative)
            .Where(p => !p.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The text of a file given relative to the root.</summary>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>A path relative to the root, with forward slashes.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
