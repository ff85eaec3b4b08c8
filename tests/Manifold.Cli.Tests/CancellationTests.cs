using System.Text.Json;
using Manifold.Cli.Sql;
using Manifold.Cli.Terminal;

namespace Manifold.Cli.Tests;

/// <summary>Ctrl-C cancels the running statement, not the tool; shown with an executor that waits until cancelled, which
/// also shows that executors other than the embedded engine plug in.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Interrupt_cancels_the_running_query_and_the_script_stops_with_exit_1()
    {
        var interrupts = new ManualInterruptSource();
        var error = new StringWriter();
        var output = new StringWriter();
        var console = new CliConsole { In = TextReader.Null, Out = output, Error = error, Interrupts = interrupts };
        var executor = new BlockingExecutor();
        var runner = new StatementRunner(executor, console, OutputFormat.Csv);

        Task<int> run = SqlCommand.RunScriptAsync("SELECT slow; SELECT never", runner, ignoreErrors: true, TestContext.Current.CancellationToken);
        await executor.Blocked.Task.WaitAsync(TestContext.Current.CancellationToken);
        Assert.True(interrupts.Interrupt());

        Assert.Equal(1, await run);
        Assert.Equal("Query aborted by user\n", error.ToString());
        Assert.Equal("\"first\"\n", output.ToString());
        Assert.Equal(["SELECT slow"], executor.Statements);
        Assert.False(interrupts.Interrupt());   // no handler left once the statement is over
    }

    [Fact]
    public async Task Interrupt_during_a_repl_query_returns_to_the_prompt()
    {
        var interrupts = new ManualInterruptSource();
        var output = new StringWriter();
        var console = new CliConsole { In = TextReader.Null, Out = output, Error = new StringWriter(), Interrupts = interrupts };
        var executor = new BlockingExecutor();
        var runner = new StatementRunner(executor, console, OutputFormat.Csv);
        var reader = new PlainLineReader(new StringReader("SELECT slow;\nSELECT fast;\n"));

        Task<int> run = new Repl(executor, runner, reader, console, new LineHistory(null)).RunAsync(TestContext.Current.CancellationToken);
        await executor.Blocked.Task.WaitAsync(TestContext.Current.CancellationToken);
        interrupts.Interrupt();

        Assert.Equal(0, await run);
        Assert.Equal(["SELECT slow", "SELECT fast"], executor.Statements);
        Assert.Equal("\"first\"\n\"first\"\n", output.ToString());
    }

    /// <summary>Returns one row, then (for statements mentioning 'slow') waits until cancelled.</summary>
    private sealed class BlockingExecutor : IStatementExecutor
    {
        public TaskCompletionSource Blocked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<string> Statements { get; } = [];

        public string? Catalog => null;

        public string? Schema => null;

        public Task<IStatementResult> ExecuteAsync(string sql, CancellationToken cancellationToken)
        {
            Statements.Add(sql);
            return Task.FromResult<IStatementResult>(new Result(this, sql.Contains("slow", StringComparison.Ordinal)));
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private sealed class Result(BlockingExecutor owner, bool slow) : IStatementResult, IResultBatch
        {
            private int _calls;

            public string QueryId => "test_query";

            public IReadOnlyList<ResultColumn> Columns { get; } = [new("x", "varchar", false)];

            public string? UpdateType => null;

            public long? UpdateCount => null;

            public IReadOnlyList<string> Warnings => [];

            public StatementProgress Progress => new("RUNNING", 0, 0, 0, 0, TimeSpan.Zero);

            public int RowCount => 1;

            public async ValueTask<IResultBatch?> NextBatchAsync(CancellationToken cancellationToken)
            {
                switch (_calls++)
                {
                    case 0:
                        return this;
                    case 1 when slow:
                        owner.Blocked.TrySetResult();
                        await Task.Delay(Timeout.Infinite, cancellationToken);
                        return null;
                    default:
                        return null;
                }
            }

            public bool IsNull(int column, int row) => false;

            public string GetText(int column, int row) => "first";

            public void WriteJson(Utf8JsonWriter writer, int column, int row) => writer.WriteStringValue("first");

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
