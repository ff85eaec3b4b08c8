using System.Diagnostics;
using Manifold.Cli.Output;
using Manifold.Cli.Terminal;

namespace Manifold.Cli.Sql;

/// <summary>Runs one statement through an <see cref="IStatementExecutor"/> and prints its outcome: rows to standard
/// output in the chosen format; update counts (<c>INSERT: 3 rows</c>), warnings and errors to standard error. Ctrl-C
/// while it runs cancels the statement. When standard error is a terminal, a live progress line shows while the
/// statement runs longer than half a second.</summary>
internal sealed class StatementRunner(IStatementExecutor executor, CliConsole console, OutputFormat format, string? pagerCommand = null)
{
    private static readonly TimeSpan ProgressDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(200);

    private ProgressLine? _progress;

    /// <summary>What became of one statement.</summary>
    public enum Outcome
    {
        /// <summary>It ran to the end.</summary>
        Succeeded,
        /// <summary>It failed; the error was printed.</summary>
        Failed,
        /// <summary>The user pressed Ctrl-C.</summary>
        Aborted,
    }

    /// <summary>Runs <paramref name="sql"/> (one statement, no trailing ';').</summary>
    public async Task<Outcome> RunAsync(string sql, CancellationToken cancellationToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using IDisposable interrupt = console.Interrupts.Register(() => Cancel(cancellation));
        IStatementResult? running = null;
        long sent = Stopwatch.GetTimestamp();
        await using ProgressLine? progress = _progress = console.IsErrorTerminal
            ? new ProgressLine(console.Error, () => running?.Progress ?? executor.Progress ?? new StatementProgress("STARTING", 0, 0, 0, 0, Stopwatch.GetElapsedTime(sent)),
                console.WindowWidth > 0 ? console.WindowWidth : 80, ProgressDelay, ProgressInterval)
            : null;
        try
        {
            await using IStatementResult result = await executor.ExecuteAsync(sql, cancellation.Token).ConfigureAwait(false);
            running = result;
            foreach (string warning in result.Warnings)
            {
                WriteError($"WARNING: {warning}\n");
            }
            if (result.UpdateType is not null)
            {
                string status = result.UpdateCount is { } count ? $"{result.UpdateType}: {count} row{(count == 1 ? "" : "s")}" : result.UpdateType;
                WriteError(status + "\n");
                if (result.UpdateCount is null && result.Columns.Count > 0)
                {
                    await PrintRowsAsync(result, cancellation).ConfigureAwait(false);
                }
                else
                {
                    await DiscardRowsAsync(result, cancellation.Token).ConfigureAwait(false);
                }
            }
            else if (result.Columns.Count > 0)
            {
                await PrintRowsAsync(result, cancellation).ConfigureAwait(false);
            }
            else
            {
                await DiscardRowsAsync(result, cancellation.Token).ConfigureAwait(false);
            }
            return Outcome.Succeeded;
        }
        catch (QueryFailedException e)
        {
            progress?.Clear();
            console.Out.Flush();
            ErrorRenderer.Render(console.Error, sql, e.Error);
            console.Error.Flush();
            return Outcome.Failed;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            WriteError("Query aborted by user\n");
            return Outcome.Aborted;
        }
    }

    private static void Cancel(CancellationTokenSource cancellation)
    {
        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The statement finished as Ctrl-C was pressed.
        }
    }

    private async Task PrintRowsAsync(IStatementResult result, CancellationTokenSource cancellation)
    {
        PagingWriter? pager = pagerCommand is not null && console.WindowHeight > 0 && format != OutputFormat.Null
            ? new PagingWriter(console.Out, pagerCommand, console.WindowHeight)
            : null;
        TextWriter target = pager ?? console.Out;
        IOutputPrinter printer = OutputPrinters.Create(format, result.Columns, target);
        long rows = 0;
        try
        {
            while (await result.NextBatchAsync(cancellation.Token).ConfigureAwait(false) is { } batch)
            {
                _progress?.Clear();   // rows take over the terminal
                printer.PrintBatch(batch);
                rows += batch.RowCount;
                if (pager is { PagerClosed: true })
                {
                    // The user quit the pager: stop the query quietly.
                    return;
                }
                if (pager is null)
                {
                    await console.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
            printer.Finish();
        }
        catch (QueryFailedException)
        {
            // Like the Trino CLI, print the rows that came before the failure, but no empty table.
            if (rows > 0)
            {
                printer.Finish();
            }
            throw;
        }
        finally
        {
            pager?.Complete();
            await console.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task DiscardRowsAsync(IStatementResult result, CancellationToken cancellationToken)
    {
        while (await result.NextBatchAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
        }
    }

    private void WriteError(string text)
    {
        _progress?.Clear();
        console.Out.Flush();
        console.Error.Write(text);
        console.Error.Flush();
    }
}
