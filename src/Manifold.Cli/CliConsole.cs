using System.Text;
using Manifold.Cli.Terminal;

namespace Manifold.Cli;

/// <summary>The streams and terminal facts a command runs with. <see cref="FromProcess"/> wraps the process's console;
/// tests build one over strings.</summary>
internal sealed class CliConsole
{
    /// <summary>Standard input.</summary>
    public required TextReader In { get; init; }

    /// <summary>Standard output (results).</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error (errors, update counts, warnings, progress).</summary>
    public required TextWriter Error { get; init; }

    /// <summary>True when standard input is an interactive terminal: the REPL then edits lines with the keyboard.</summary>
    public bool IsInputTerminal { get; init; }

    /// <summary>True when standard output is a terminal: ALIGNED is then the default format, and long output is paged.</summary>
    public bool IsOutputTerminal { get; init; }

    /// <summary>True when standard error is a terminal: a live progress line then shows while a statement runs.</summary>
    public bool IsErrorTerminal { get; init; }

    /// <summary>Columns of the terminal window; 0 when unknown.</summary>
    public int WindowWidth { get; init; }

    /// <summary>Reads an environment variable (<c>MANIFOLD_HISTORY</c>, <c>MANIFOLD_PAGER</c>, <c>USER</c>).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = _ => null;

    /// <summary>The user's home folder, where the REPL history lives by default; null for no default history.</summary>
    public string? HomeDirectory { get; init; }

    /// <summary>Rows of the terminal window; 0 when unknown (no paging).</summary>
    public int WindowHeight { get; init; }

    /// <summary>Where Ctrl-C comes from.</summary>
    public IInterruptSource Interrupts { get; init; } = new ManualInterruptSource();

    /// <summary>The process's console: buffered UTF-8 standard output (flushed after each statement), Ctrl-C handling.</summary>
    public static CliConsole FromProcess()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
        int height = 0;
        int width = 0;
        if (!Console.IsOutputRedirected || !Console.IsErrorRedirected)
        {
            try
            {
                height = Console.IsOutputRedirected ? 0 : Console.WindowHeight;
                width = Console.WindowWidth;
            }
            catch (IOException)
            {
                height = 0;
            }
        }
        return new CliConsole
        {
            In = Console.In,
            Out = output,
            Error = error,
            IsInputTerminal = !Console.IsInputRedirected,
            IsOutputTerminal = !Console.IsOutputRedirected,
            IsErrorTerminal = !Console.IsErrorRedirected,
            WindowWidth = width,
            GetEnvironmentVariable = Environment.GetEnvironmentVariable,
            HomeDirectory = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? home : null,
            WindowHeight = height,
            Interrupts = new ConsoleInterruptSource(),
        };
    }
}
