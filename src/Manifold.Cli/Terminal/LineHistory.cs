namespace Manifold.Cli.Terminal;

/// <summary>The REPL's statement history: kept in memory for the up and down arrows, and appended to a file
/// (<c>~/.manifold_history</c>, or <c>MANIFOLD_HISTORY</c>) one entry per line. A file that cannot be read or written
/// only loses the history; it never stops the REPL.</summary>
internal sealed class LineHistory
{
    /// <summary>Entries kept in memory; the file keeps growing.</summary>
    public const int MaxEntries = 1000;

    private readonly List<string> _entries = [];
    private readonly string? _path;

    /// <summary>A history backed by <paramref name="path"/> (null: in memory only), loading what the file holds.</summary>
    public LineHistory(string? path)
    {
        _path = path;
        if (path is null)
        {
            return;
        }
        try
        {
            if (File.Exists(path))
            {
                foreach (string line in File.ReadLines(path))
                {
                    if (line.Length > 0)
                    {
                        AddInMemory(line);
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable history: start empty.
        }
    }

    /// <summary>The file the history is written to, if any.</summary>
    public string? Path => _path;

    /// <summary>The entries, oldest first.</summary>
    public IReadOnlyList<string> Entries => _entries;

    /// <summary>The history file: <c>MANIFOLD_HISTORY</c> when set, else <c>.manifold_history</c> in the home folder.</summary>
    public static string? DefaultPath(CliConsole console)
    {
        string? configured = console.GetEnvironmentVariable("MANIFOLD_HISTORY");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        return console.HomeDirectory is { } home ? System.IO.Path.Combine(home, ".manifold_history") : null;
    }

    /// <summary>Adds an entry (line breaks become blanks) unless it repeats the last one, and appends it to the file.</summary>
    public void Add(string entry)
    {
        string flat = entry.ReplaceLineEndings(" ").Trim();
        if (flat.Length == 0 || (_entries.Count > 0 && _entries[^1] == flat))
        {
            return;
        }
        AddInMemory(flat);
        if (_path is null)
        {
            return;
        }
        try
        {
            File.AppendAllText(_path, flat + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // Not writable: keep the history in memory only.
        }
    }

    private void AddInMemory(string entry)
    {
        _entries.Add(entry);
        if (_entries.Count > MaxEntries)
        {
            _entries.RemoveAt(0);
        }
    }
}
