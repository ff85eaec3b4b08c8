namespace Manifold.Bench;

/// <summary>Finds the shared corpus (TPC-H queries and answers) outside the repository, the way the test projects do:
/// <c>$MANIFOLD_SHARED</c> when set, else the folder <c>shared</c> next to the repository root.</summary>
/// <remarks>Duplicates the lookup of <c>Manifold.Testing.SharedCorpus</c> without its xunit dependency. The repository root
/// is the first folder holding <c>Manifold.slnx</c> above the application's base directory or the current directory.</remarks>
public static class SharedFolder
{
    /// <summary>The environment variable that names the corpus root.</summary>
    public const string EnvironmentVariable = "MANIFOLD_SHARED";

    /// <summary>The corpus root, or null when it cannot be found.</summary>
    public static string? FindRoot()
    {
        string? configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Manifold.slnx")))
                {
                    string candidate = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                    break;
                }
            }
        }
        return null;
    }

    /// <summary>The absolute path of <paramref name="relativePath"/> inside the corpus, or null when the corpus or the
    /// path is missing.</summary>
    public static string? Find(string relativePath)
    {
        string? root = FindRoot();
        if (root is null)
        {
            return null;
        }
        string path = Path.Combine(root, relativePath);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }
}
