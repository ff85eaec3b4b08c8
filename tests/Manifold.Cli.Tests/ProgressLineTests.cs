using System.Text.Json;
using Manifold.Cli.Output;
using Manifold.Cli.Sql;
using Manifold.Cli.Terminal;

namespace Manifold.Cli.Tests;

/// <summary>The live progress line: its text, drawing in place, clearing, and when the statement runner shows it.</summary>
public sealed class ProgressLineTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void The_line_shows_state_percentage_splits_rows_bytes_rate_and_elapsed()
    {
        var progress = new StatementProgress("RUNNING", 8, 3, 2_500_000, 300L << 20, TimeSpan.FromSeconds(2.5));
        Assert.Equal("RUNNING    38% [3/8 splits] 2.50M rows, 300.0MB, 1.00M rows/s, 0:02.5", ProgressLine.Format(progress));
        Assert.Equal("QUEUED       - [0/0 splits] 0 rows, 0B, 0 rows/s, 0:00.1",
            ProgressLine.Format(new StatementProgress("QUEUED", 0, 0, 0, 0, TimeSpan.FromMilliseconds(100))));
    }

    [Fact]
    public async Task It_draws_in_place_after_the_delay_and_clearing_erases_it_for_good()
    {
        var terminal = new StringWriter();
        long rows = 0;
        var line = new ProgressLine(TextWriter.Synchronized(terminal), () => new StatementProgress("RUNNING", 4, 1, Interlocked.Read(ref rows), 0, TimeSpan.FromSeconds(1)),
            width: 30, TimeSpan.Zero, TimeSpan.FromMilliseconds(5));
        while (!terminal.ToString().Contains("splits", StringComparison.Ordinal))
        {
            await Task.Delay(5, Token);
        }
        Interlocked.Exchange(ref rows, 12345);
        while (!terminal.ToString().Contains("splits] 1", StringComparison.Ordinal))
        {
            await Task.Delay(5, Token);
        }
        line.Clear();
        string drawn = terminal.ToString();
        Assert.StartsWith("\rRUNNING    25% [1/4 splits] 0\u001b[K", drawn);   // cut to the 30-column width
        Assert.Contains("\rRUNNING    25% [1/4 splits] 1\u001b[K", drawn);    // redrawn in place
        Assert.EndsWith("\r\u001b[2K", drawn);
        await Task.Delay(50, Token);
        await line.DisposeAsync();
        Assert.Equal(drawn, terminal.ToString());   // nothing after the clear
    }

    [Fact]
    public async Task The_runner_shows_progress_on_a_terminal_only_while_the_statement_runs_and_never_among_the_rows()
    {
        foreach (bool terminal in (bool[])[true, false])
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var console = new CliConsole { In = TextReader.Null, Out = output, Error = TextWriter.Synchronized(error), IsErrorTerminal = terminal, WindowWidth = 120 };
            var runner = new StatementRunner(new SlowExecutor(), console, OutputFormat.Csv);
            Assert.Equal(StatementRunner.Outcome.Succeeded, await runner.RunAsync("SELECT slow", Token));
            Assert.Equal("\"42\"\n", output.ToString());
            if (terminal)
            {
                Assert.Contains("\rRUNNING    50% [1/2 splits] 1000 rows, 1000B", error.ToString());
                Assert.EndsWith("\r\u001b[2K", error.ToString());
            }
            else
            {
                Assert.Equal("", error.ToString());
            }
        }
    }

    /// <summary>A statement whose first row arrives after a second, half done meanwhile.</summary>
    private sealed class SlowExecutor : IStatementExecutor
    {
        public string? Catalog => null;

        public string? Schema => null;

        public Task<IStatementResult> ExecuteAsync(string sql, CancellationToken cancellationToken) => Task.FromResult<IStatementResult>(new Result());

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private sealed class Result : IStatementResult, IResultBatch
        {
            private int _calls;

            public string QueryId => "q";

            public IReadOnlyList<ResultColumn> Columns { get; } = [new("x", "bigint", true)];

            public string? UpdateType => null;

            public long? UpdateCount => null;

            public IReadOnlyList<string> Warnings => [];

            public StatementProgress Progress => new("RUNNING", 2, 1, 1000, 1000, TimeSpan.FromSeconds(1));

            public int RowCount => 1;

            public async ValueTask<IResultBatch?> NextBatchAsync(CancellationToken cancellationToken)
            {
                if (_calls++ > 0)
                {
                    return null;
                }
                await Task.Delay(1200, cancellationToken);
                return this;
            }

            public bool IsNull(int column, int row) => false;

            public string GetText(int column, int row) => "42";

            public void WriteJson(Utf8JsonWriter writer, int column, int row) => writer.WriteNumberValue(42);

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
