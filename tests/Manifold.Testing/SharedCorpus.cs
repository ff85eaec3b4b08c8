using Xunit;

namespace Manifold.Testing;

/// <summary>Finds the shared test corpus (TPC-H material, sqllogictest scripts) outside the repository.</summary>
/// <remarks>
/// The folder is <c>$MANIFOLD_SHARED</c> when set, else <c>shared</c> next to the repository root. When it is missing,
/// tests skip with a message, except under <c>CI=true</c>, where they fail.
/// </remarks>
public static class SharedCorpus
{
    private static readonly Lazy<string?> s_root = new(FindRoot);

    /// <summary>The corpus root, or null when it cannot be found.</summary>
    public static string? Root => s_root.Value;

    /// <summary>True when running under CI (<c>CI=true</c>).</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The absolute path of <paramref name="relativePath"/> inside the corpus. Skips the calling test (or fails
    /// it under CI) when the corpus or the path is missing.</summary>
    public static string Require(string relativePath)
    {
        string? root = Root;
        string? path = root is null ? null : Path.Combine(root, relativePath);
        if (path is not null && (File.Exists(path) || Directory.Exists(path)))
        {
            return path;
        }
        string message = $"Shared corpus path '{relativePath}' not found (set MANIFOLD_SHARED; looked in '{root ?? "<none>"}')";
        if (IsCi)
        {
            Assert.Fail(message);
        }
        Assert.Skip(message);
        return "";
    }

    private static string? FindRoot()
    {
        string? configured = Environment.GetEnvironmentVariable("MANIFOLD_SHARED");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Manifold.slnx")))
            {
                string candidate = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                return Directory.Exists(candidate) ? candidate : null;
            }
        }
        return null;
    }
}
