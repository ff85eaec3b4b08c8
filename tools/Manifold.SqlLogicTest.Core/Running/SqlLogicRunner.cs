using System.Diagnostics;

namespace Manifold.SqlLogicTest;

/// <summary>Runs sqllogictest scripts against an engine and reports, per file, what passed, failed and was skipped.</summary>
/// <remarks>
/// Each file starts from <see cref="ISqlLogicEngine.Reset"/> and hash threshold 8; records run in order on a dedicated
/// thread, under <see cref="SqlLogicRunnerOptions.FileTimeout"/>. Records are judged as the corpus README says; two
/// choices go beyond it:
/// <list type="bullet">
/// <item>A label, the first time it is seen, remembers the hash of the record's <em>expected</em> block (which equals
/// the result's hash whenever the record passes). A wrong result therefore fails only its own record, not every later
/// record with the same label.</item>
/// <item>The column count can only be checked on rows: an empty result passes whatever its columns.</item>
/// </list>
/// Not thread-safe: run one file at a time.
/// </remarks>
public sealed class SqlLogicRunner : IDisposable
{
    private readonly Func<ISqlLogicEngine> _engineFactory;
    private ISqlLogicEngine? _engine;

    /// <summary>Creates a runner that obtains its engine from <paramref name="engineFactory"/>: once, and again only
    /// after abandoning a stuck engine. The runner owns and disposes the engines it creates.</summary>
    public SqlLogicRunner(Func<ISqlLogicEngine> engineFactory, SqlLogicRunnerOptions? options = null)
    {
        _engineFactory = engineFactory;
        Options = options ?? new SqlLogicRunnerOptions();
    }

    /// <summary>The runner's settings.</summary>
    public SqlLogicRunnerOptions Options { get; }

    /// <summary>Runs every file in order; <paramref name="onFileDone"/> sees each result as soon as it is ready.</summary>
    public IReadOnlyList<FileResult> Run(IEnumerable<SqlLogicFile> files, Action<FileResult>? onFileDone = null)
    {
        var results = new List<FileResult>();
        foreach (SqlLogicFile file in files)
        {
            FileResult result = RunFile(file);
            results.Add(result);
            onFileDone?.Invoke(result);
        }
        return results;
    }

    /// <summary>Runs one file.</summary>
    public FileResult RunFile(SqlLogicFile file)
    {
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<SqlLogicRecord> records;
        try
        {
            records = SqlLogicParser.ParseFile(file.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return FileFailure(file, FailureKind.MalformedRecord, "cannot read the file: " + FileExecution.OneLine(exception), stopwatch);
        }

        ISqlLogicEngine engine;
        try
        {
            engine = _engine ??= _engineFactory();
            engine.Reset();
        }
        catch (Exception exception)
        {
            return FileFailure(file, FailureKind.EngineError, "cannot prepare the engine: " + FileExecution.OneLine(exception), stopwatch);
        }

        var execution = new FileExecution(file, records, engine, Options);
        using CancellationTokenSource timeout = Options.FileTimeout == Timeout.InfiniteTimeSpan
            ? new CancellationTokenSource()
            : new CancellationTokenSource(Options.FileTimeout, Options.TimeProvider);
        var thread = new Thread(() => execution.Run(timeout.Token), Options.StackSize)
        {
            IsBackground = true,
            Name = "sqllogictest " + file.RelativePath,
        };
        thread.Start();
        bool finished = Options.FileTimeout == Timeout.InfiniteTimeSpan
            ? thread.Join(Timeout.Infinite)
            : thread.Join(Options.FileTimeout + Options.AbandonGrace);
        if (!finished)
        {
            execution.Abandon();    // the worker disposes the engine when its call returns
            _engine = null;
        }
        if (Options.RewriteResults && execution.Rewrites.Count > 0)
        {
            SqlLogicRewriter.RewriteFile(file.FullPath, execution.Rewrites);
        }
        return execution.ToResult(stopwatch.Elapsed);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _engine?.Dispose();
        _engine = null;
    }

    private static FileResult FileFailure(SqlLogicFile file, FailureKind kind, string message, Stopwatch stopwatch)
    {
        var failure = new RecordFailure(file.RelativePath, 0, kind, "", null, null, message);
        return new FileResult(file, 0, 1, 0, [failure], new HashSet<int>(), false, stopwatch.Elapsed);
    }
}
