using System.Globalization;
using Manifold.Cli.Sql;

namespace Manifold.Cli.Terminal;

/// <summary>A live one-line progress display on a terminal's standard error while a statement runs: state, percentage of
/// splits done, rows and bytes read, rows per second and elapsed time, redrawn in place with a carriage return.</summary>
/// <remarks>Nothing shows for statements faster than <c>delay</c>, so quick queries do not flicker. <see cref="Clear"/>
/// erases the line (before rows are printed, and at the end); after it the line stays away.</remarks>
internal sealed class ProgressLine : IAsyncDisposable
{
    private readonly TextWriter _terminal;
    private readonly Func<StatementProgress?> _read;
    private readonly int _width;
    private readonly object _lock = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private bool _shown;
    private bool _cleared;

    /// <summary>Starts drawing after <paramref name="delay"/>, every <paramref name="interval"/>.</summary>
    /// <param name="terminal">Standard error, a terminal.</param>
    /// <param name="read">The statement's progress now; null while it has not started.</param>
    /// <param name="width">The terminal's width in columns (the line is cut to fit).</param>
    /// <param name="delay">How long a statement runs before the line appears.</param>
    /// <param name="interval">How often the line is redrawn.</param>
    public ProgressLine(TextWriter terminal, Func<StatementProgress?> read, int width, TimeSpan delay, TimeSpan interval)
    {
        _terminal = terminal;
        _read = read;
        _width = Math.Max(20, width);
        _loop = RunAsync(delay, interval, _stop.Token);
    }

    /// <summary>The text of the line for <paramref name="progress"/> (without the carriage return).</summary>
    public static string Format(StatementProgress progress)
    {
        double seconds = Math.Max(progress.Elapsed.TotalSeconds, 0.001);
        string percent = progress.Percentage is { } p ? p.ToString("0", CultureInfo.InvariantCulture).PadLeft(3) + "%" : "   -";
        return string.Create(CultureInfo.InvariantCulture,
            $"{progress.State,-9} {percent} [{progress.CompletedSplits}/{progress.TotalSplits} splits] {Count(progress.ProcessedRows)} rows, "
            + $"{Bytes(progress.ProcessedBytes)}, {Count((long)(progress.ProcessedRows / seconds))} rows/s, {Elapsed(progress.Elapsed)}");
    }

    /// <summary>Erases the line if it is showing and stops drawing it.</summary>
    public void Clear()
    {
        _stop.Cancel();
        lock (_lock)
        {
            if (_shown && !_cleared)
            {
                _terminal.Write("\r\u001b[2K");
                _terminal.Flush();
            }
            _cleared = true;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Clear();
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync(TimeSpan delay, TimeSpan interval, CancellationToken token)
    {
        try
        {
            await Task.Delay(delay, token).ConfigureAwait(false);
            while (!token.IsCancellationRequested)
            {
                Draw();
                await Task.Delay(interval, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Draw()
    {
        StatementProgress? progress = _read();
        if (progress is null)
        {
            return;
        }
        string line = Format(progress);
        if (line.Length >= _width)
        {
            line = line[..(_width - 1)];
        }
        lock (_lock)
        {
            if (_cleared)
            {
                return;
            }
            _terminal.Write("\r" + line + "\u001b[K");
            _terminal.Flush();
            _shown = true;
        }
    }

    private static string Count(long value) => value switch
    {
        >= 1_000_000_000 => (value / 1e9).ToString("0.00", CultureInfo.InvariantCulture) + "B",
        >= 1_000_000 => (value / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + "M",
        >= 10_000 => (value / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + "K",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Bytes(long value) => value switch
    {
        >= 1L << 30 => (value / (double)(1L << 30)).ToString("0.00", CultureInfo.InvariantCulture) + "GB",
        >= 1L << 20 => (value / (double)(1L << 20)).ToString("0.0", CultureInfo.InvariantCulture) + "MB",
        >= 1L << 10 => (value / (double)(1L << 10)).ToString("0.0", CultureInfo.InvariantCulture) + "kB",
        _ => value.ToString(CultureInfo.InvariantCulture) + "B",
    };

    private static string Elapsed(TimeSpan elapsed)
        => elapsed.TotalHours >= 1
            ? elapsed.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : elapsed.ToString(@"m\:ss\.f", CultureInfo.InvariantCulture);
}
