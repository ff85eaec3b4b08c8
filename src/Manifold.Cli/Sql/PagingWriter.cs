using System.Diagnostics;
using System.Text;

namespace Manifold.Cli.Sql;

/// <summary>Holds a result's output until it is longer than the terminal, then sends it through a pager
/// (<c>less -FXRSn</c> unless <c>MANIFOLD_PAGER</c> says otherwise); shorter output goes straight to the console.</summary>
/// <remarks>When the user quits the pager early, <see cref="PagerClosed"/> turns true and further output is dropped, so
/// the caller can stop reading the result.</remarks>
internal sealed class PagingWriter : TextWriter
{
    private readonly TextWriter _console;
    private readonly string _pagerCommand;
    private readonly int _maxLines;
    private readonly StringBuilder _held = new();
    private int _lines;
    private Process? _pager;
    private TextWriter? _pagerInput;

    public PagingWriter(TextWriter console, string pagerCommand, int terminalHeight)
    {
        _console = console;
        _pagerCommand = pagerCommand;
        _maxLines = Math.Max(1, terminalHeight - 1);
    }

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>True once the pager has exited before all output was written.</summary>
    public bool PagerClosed { get; private set; }

    /// <summary>The pager to use: <c>MANIFOLD_PAGER</c> when set (empty turns paging off), else <c>less -FXRSn</c> when
    /// <c>less</c> is on the PATH, else none.</summary>
    public static string? FindPager(Func<string, string?> getEnvironmentVariable)
    {
        string? configured = getEnvironmentVariable("MANIFOLD_PAGER");
        if (configured is not null)
        {
            return configured.Trim().Length == 0 ? null : configured;
        }
        string? path = getEnvironmentVariable("PATH");
        if (path is null)
        {
            return null;
        }
        foreach (string directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(directory, "less")))
            {
                return "less -FXRSn";
            }
        }
        return null;
    }

    public override void Write(char value)
    {
        if (PagerClosed)
        {
            return;
        }
        if (_pagerInput is not null)
        {
            WriteToPager(value.ToString());
            return;
        }
        _held.Append(value);
        if (value == '\n' && ++_lines > _maxLines)
        {
            StartPager();
        }
    }

    public override void Write(string? value)
    {
        if (value is null || PagerClosed)
        {
            return;
        }
        if (_pagerInput is not null)
        {
            WriteToPager(value);
            return;
        }
        _held.Append(value);
        foreach (char c in value)
        {
            if (c == '\n')
            {
                _lines++;
            }
        }
        if (_lines > _maxLines)
        {
            StartPager();
        }
    }

    public override void Write(StringBuilder? value) => Write(value?.ToString());

    /// <summary>Sends held output to the console, or waits for the pager to exit.</summary>
    public void Complete()
    {
        if (_pager is null)
        {
            _console.Write(_held.ToString());
            _console.Flush();
            _held.Clear();
            return;
        }
        try
        {
            _pagerInput?.Dispose();
        }
        catch (IOException)
        {
            // The pager quit before reading everything.
        }
        _pagerInput = null;
        _pager.WaitForExit();
        _pager.Dispose();
        _pager = null;
    }

    private void StartPager()
    {
        _console.Flush();
        try
        {
            var start = new ProcessStartInfo("/bin/sh")
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                StandardInputEncoding = new UTF8Encoding(false),
            };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(_pagerCommand);
            _pager = Process.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            _pager = null;
        }
        if (_pager is null)
        {
            // No pager after all: print everything directly from now on.
            _pagerInput = _console;
            _console.Write(_held.ToString());
            _held.Clear();
            return;
        }
        _pagerInput = _pager.StandardInput;
        WriteToPager(_held.ToString());
        _held.Clear();
    }

    private void WriteToPager(string text)
    {
        try
        {
            _pagerInput!.Write(text);
        }
        catch (IOException)
        {
            PagerClosed = true;
        }
    }
}
