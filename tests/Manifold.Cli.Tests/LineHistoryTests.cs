using Manifold.Cli.Terminal;

namespace Manifold.Cli.Tests;

public sealed class LineHistoryTests
{
    [Fact]
    public void Unwritable_history_file_keeps_the_history_in_memory()
    {
        using var directory = new TempDirectory();
        string path = Path.Combine(directory.Path, "no-such-folder", "history");
        var history = new LineHistory(path);

        history.Add("SELECT 1;");

        Assert.Equal(["SELECT 1;"], history.Entries);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Repeated_entries_are_kept_once_and_line_breaks_become_blanks()
    {
        var history = new LineHistory(null);

        history.Add("SELECT\n1;");
        history.Add("SELECT 1;");
        history.Add("SELECT 1;");

        Assert.Equal(["SELECT 1;"], history.Entries);
    }

    [Fact]
    public void History_path_comes_from_MANIFOLD_HISTORY_else_the_home_folder()
    {
        var configured = new CliConsole
        {
            In = TextReader.Null,
            Out = TextWriter.Null,
            Error = TextWriter.Null,
            GetEnvironmentVariable = name => name == "MANIFOLD_HISTORY" ? "/tmp/h" : null,
            HomeDirectory = "/home/u",
        };
        var home = new CliConsole { In = TextReader.Null, Out = TextWriter.Null, Error = TextWriter.Null, HomeDirectory = "/home/u" };

        Assert.Equal("/tmp/h", LineHistory.DefaultPath(configured));
        Assert.Equal("/home/u/.manifold_history", LineHistory.DefaultPath(home));
    }
}
