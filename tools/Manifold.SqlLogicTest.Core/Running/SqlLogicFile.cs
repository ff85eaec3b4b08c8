namespace Manifold.SqlLogicTest;

/// <summary>A script to run.</summary>
/// <param name="FullPath">Its absolute path.</param>
/// <param name="RelativePath">Its display path, with <c>/</c> separators, also used as the file part of the
/// expected-failure keys (see <see cref="Find"/>).</param>
public sealed record SqlLogicFile(string FullPath, string RelativePath)
{
    /// <summary>The extension of sqllogictest scripts searched for in folders (the shared corpus's).</summary>
    public const string Extension = ".test";

    /// <summary>The extension of Manifold's own scripts (<c>tests/Manifold.SqlLogicTests/sql</c>), also searched for.</summary>
    public const string ManifoldExtension = ".slt";

    /// <summary>Expands files and folders into scripts. A folder yields every <c>*.test</c> and <c>*.slt</c> below it, recursively, in
    /// ordinal order of path, each named by the folder's own name plus its path inside the folder
    /// (<c>…/sqllogictest/test</c> gives <c>test/select1.test</c>, the upstream path). A file is named by its path
    /// relative to <paramref name="currentDirectory"/> with any leading <c>../</c> dropped.</summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static IReadOnlyList<SqlLogicFile> Find(IEnumerable<string> paths, string? currentDirectory = null)
    {
        string baseDirectory = Path.GetFullPath(currentDirectory ?? Directory.GetCurrentDirectory());
        var files = new List<SqlLogicFile>();
        foreach (string path in paths)
        {
            string full = Path.GetFullPath(path, baseDirectory);
            if (Directory.Exists(full))
            {
                string folder = Path.TrimEndingDirectorySeparator(full);
                string name = Path.GetFileName(folder);
                var found = new List<SqlLogicFile>();
                foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                {
                    if (!file.EndsWith(Extension, StringComparison.Ordinal) && !file.EndsWith(ManifoldExtension, StringComparison.Ordinal))
                    {
                        continue;
                    }
                    string relative = Normalize(Path.GetRelativePath(folder, file));
                    found.Add(new SqlLogicFile(file, name.Length == 0 ? relative : name + "/" + relative));
                }
                found.Sort((left, right) => string.CompareOrdinal(left.RelativePath, right.RelativePath));
                files.AddRange(found);
            }
            else if (File.Exists(full))
            {
                string relative = Normalize(Path.GetRelativePath(baseDirectory, full));
                while (relative.StartsWith("../", StringComparison.Ordinal))
                {
                    relative = relative[3..];
                }
                files.Add(new SqlLogicFile(full, relative));
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: '{path}'", path);
            }
        }
        return files;
    }

    /// <summary>True when <paramref name="path"/> names this file: equal to its display path, or a trailing part of its
    /// full path that starts at a folder boundary (<c>evidence/in1.test</c> names <c>/x/test/evidence/in1.test</c>).</summary>
    public bool IsNamedBy(string path)
    {
        string normalized = Normalize(path);
        if (string.Equals(normalized, RelativePath, StringComparison.Ordinal))
        {
            return true;
        }
        string full = Normalize(FullPath);
        return full.EndsWith("/" + normalized, StringComparison.Ordinal) || string.Equals(full, normalized, StringComparison.Ordinal);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
