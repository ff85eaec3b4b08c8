using System.Globalization;
using System.Text;

namespace Manifold.SqlLogicTest;

/// <summary>The state of one file's run, shared between the worker thread that drives the engine and the runner, which
/// may abandon it on timeout. Every update happens under <see cref="_gate"/>; after abandonment the worker's late
/// results are dropped.</summary>
internal sealed class FileExecution(SqlLogicFile file, IReadOnlyList<SqlLogicRecord> records, ISqlLogicEngine engine, SqlLogicRunnerOptions options)
{
    private const int MaxMessageLength = 500;

    private readonly object _gate = new();
    private readonly List<RecordFailure> _failures = [];
    private readonly HashSet<int> _passedLines = [];
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly List<PendingRewrite> _rewrites = [];
    private readonly TimeSpan timeLimit = options.FileTimeout;
    private int _passed;
    private int _skipped;
    private int _currentLine;
    private bool _timedOut;
    private bool _abandoned;
    private bool _done;

    public void Run(CancellationToken timeout)
    {
        try
        {
            RunRecords(timeout);
        }
        catch (Exception exception)
        {
            // A bug in the runner itself, or an engine failing outside a statement: report it, do not crash the process.
            Fail(new RecordFailure(file.RelativePath, _currentLine, FailureKind.EngineError, "", null, null, OneLine(exception)));
        }
        finally
        {
            lock (_gate)
            {
                _done = true;
                if (_abandoned)
                {
                    engine.Dispose();
                }
            }
        }
    }

    /// <summary>Gives up on a worker stuck in an engine call: records the timeout and drops anything it reports later.</summary>
    public void Abandon()
    {
        lock (_gate)
        {
            if (_done)
            {
                return;
            }
            _failures.Add(TimeoutFailure(_currentLine, "an engine call did not return"));
            _timedOut = true;
            _abandoned = true;
        }
    }

    /// <summary>The changes <see cref="SqlLogicRunnerOptions.RewriteResults"/> asks for, in file order; empty after a timeout.</summary>
    public IReadOnlyList<PendingRewrite> Rewrites
    {
        get
        {
            lock (_gate)
            {
                return _timedOut ? [] : _rewrites.ToArray();
            }
        }
    }

    public FileResult ToResult(TimeSpan elapsed)
    {
        lock (_gate)
        {
            return new FileResult(file, _passed, _failures.Count, _skipped, _failures.ToArray(), new HashSet<int>(_passedLines),
                _timedOut, elapsed);
        }
    }

    private void RunRecords(CancellationToken timeout)
    {
        int threshold = options.InitialHashThreshold;
        string engineName = engine.Name;
        for (int i = 0; i < records.Count; i++)
        {
            SqlLogicRecord record = records[i];
            if (timeout.IsCancellationRequested)
            {
                lock (_gate)
                {
                    if (!_abandoned)
                    {
                        _failures.Add(TimeoutFailure(record.Line, $"{records.Count - i} records not run"));
                        _timedOut = true;
                    }
                }
                return;
            }
            lock (_gate)
            {
                if (_abandoned)
                {
                    return;
                }
                _currentLine = record.Line;
            }
            bool skip = record.IsSkippedFor(engineName);
            switch (record)
            {
                case HashThresholdRecord hashThreshold:
                    threshold = hashThreshold.Threshold;
                    break;
                case HaltRecord:
                    if (!skip)
                    {
                        return;
                    }
                    Skip();
                    break;
                case MalformedRecord malformed:
                    Fail(new RecordFailure(file.RelativePath, record.Line, FailureKind.MalformedRecord, malformed.Text, null, null,
                        malformed.Message));
                    return;
                case StatementRecord when skip:
                    Skip();
                    break;
                case StatementRecord statement:
                    RunStatement(statement);
                    break;
                case QueryErrorRecord when skip:
                    Skip();
                    break;
                case QueryErrorRecord queryError:
                    RunExpectedError(queryError.Line, queryError.Sql, queryError.ErrorName, asQuery: true);
                    break;
                case QueryRecord skippedQuery when skip:
                    Skip();
                    if (skippedQuery.Label is not null && skippedQuery.ExpectedLines.Count > 0)
                    {
                        _labels.TryAdd(skippedQuery.Label, ResultFormatter.HashOfExpected(skippedQuery.ExpectedLines));
                    }
                    break;
                case QueryRecord query:
                    RunQuery(query, threshold);
                    break;
                default:
                    throw new InvalidOperationException("Unknown record type " + record.GetType().Name);
            }
        }
    }

    private void RunStatement(StatementRecord statement)
    {
        if (statement.ExpectsError)
        {
            RunExpectedError(statement.Line, statement.Sql, statement.ErrorName, asQuery: false);
            return;
        }
        string? error = null;
        try
        {
            engine.ExecuteStatement(statement.Sql);
        }
        catch (Exception exception)
        {
            error = OneLine(exception);
        }
        if (statement.ExpectsError == (error is not null))
        {
            Pass(statement.Line);
        }
        else if (error is null)
        {
            Fail(new RecordFailure(file.RelativePath, statement.Line, FailureKind.StatementSucceeded, statement.Sql, "error", "ok",
                "the statement succeeded but an error was expected"));
        }
        else
        {
            Fail(new RecordFailure(file.RelativePath, statement.Line, FailureKind.StatementFailed, statement.Sql, "ok", null, error));
        }
    }

    /// <summary>Runs a <c>statement error</c> or <c>query error</c> record: it passes when the engine fails with an error
    /// of the expected name (any error when no name is given).</summary>
    private void RunExpectedError(int line, string sql, string? expectedName, bool asQuery)
    {
        Exception? error = null;
        try
        {
            if (asQuery)
            {
                engine.ExecuteQuery(sql);
            }
            else
            {
                engine.ExecuteStatement(sql);
            }
        }
        catch (Exception exception)
        {
            error = exception;
        }
        if (error is null)
        {
            Fail(new RecordFailure(file.RelativePath, line, asQuery ? FailureKind.QuerySucceeded : FailureKind.StatementSucceeded, sql,
                "error", "ok", (asQuery ? "the query" : "the statement") + " succeeded but an error was expected"));
            return;
        }
        string? actualName = ErrorNameOf(error);
        if (expectedName is null || string.Equals(expectedName, actualName, StringComparison.Ordinal))
        {
            Pass(line);
            return;
        }
        Fail(new RecordFailure(file.RelativePath, line, FailureKind.WrongError, sql, expectedName, actualName,
            $"expected error {expectedName}, got {actualName ?? "an error without a name"}: {OneLine(error)}"));
        if (options.RewriteResults && actualName is not null)
        {
            AddRewrite(new PendingRewrite(line, null, actualName));
        }
    }

    private static string? ErrorNameOf(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqlLogicEngineException { ErrorName: { } name })
            {
                return name;
            }
        }
        return null;
    }

    private void RunQuery(QueryRecord query, int threshold)
    {
        string expectedText = string.Join('\n', query.ExpectedLines);
        // The label remembers what the file says the result is (see SqlLogicRunner's remarks).
        string? remembered = null;
        if (query.Label is not null && !_labels.TryGetValue(query.Label, out remembered))
        {
            _labels.Add(query.Label, ResultFormatter.HashOfExpected(query.ExpectedLines));
        }

        IReadOnlyList<object?[]> rows;
        try
        {
            rows = engine.ExecuteQuery(query.Sql);
        }
        catch (Exception exception)
        {
            Fail(new RecordFailure(file.RelativePath, query.Line, FailureKind.QueryFailed, query.Sql, expectedText, null,
                OneLine(exception), query.Sort));
            return;
        }

        int columnCount = query.ColumnTypes.Length;
        for (int row = 0; row < rows.Count; row++)
        {
            int width = rows[row]?.Length ?? 0;
            if (width != columnCount)
            {
                Fail(new RecordFailure(file.RelativePath, query.Line, FailureKind.ColumnCountMismatch, query.Sql, expectedText, null,
                    $"expected {columnCount} columns ({query.ColumnTypes}), got {width}", query.Sort));
                return;
            }
        }

        List<string> values = ResultFormatter.Render(rows, query.ColumnTypes, options.MultilineValues);
        ResultFormatter.Sort(values, columnCount, query.Sort);
        if (options.MultilineValues)
        {
            ResultFormatter.SplitLines(values);
        }
        string hash = ResultFormatter.Hash(values);
        bool hashed = threshold > 0 && values.Count > threshold;
        IReadOnlyList<string> actualLines = hashed ? [ResultFormatter.HashLine(values.Count, hash)] : values;
        string actualText = string.Join('\n', actualLines);

        bool matches = actualLines.Count == query.ExpectedLines.Count;
        int firstDifference = -1;
        for (int i = 0; i < actualLines.Count && i < query.ExpectedLines.Count; i++)
        {
            if (!ResultFormatter.LineMatches(query.ExpectedLines[i], actualLines[i]))
            {
                matches = false;
                firstDifference = i;
                break;
            }
        }
        bool labelAgrees = remembered is null || string.Equals(remembered, hash, StringComparison.Ordinal);
        if (matches && labelAgrees)
        {
            Pass(query.Line);
            return;
        }

        if (!matches && options.RewriteResults)
        {
            var rewritten = new List<string>(actualLines.Count);
            for (int i = 0; i < actualLines.Count; i++)
            {
                bool keep = i < query.ExpectedLines.Count && ResultFormatter.IsPattern(query.ExpectedLines[i])
                    && ResultFormatter.LineMatches(query.ExpectedLines[i], actualLines[i]);
                rewritten.Add(keep ? query.ExpectedLines[i] : actualLines[i]);
            }
            AddRewrite(new PendingRewrite(query.Line, rewritten, null));
        }

        string message;
        FailureKind kind;
        if (!matches)
        {
            kind = FailureKind.WrongResult;
            message = DescribeDifference(query.ExpectedLines, actualLines, firstDifference, hashed);
            if (!labelAgrees)
            {
                message += $"; label {query.Label} disagrees too";
            }
        }
        else
        {
            kind = FailureKind.LabelMismatch;
            message = $"result matches its own expectation but label {query.Label} remembers hash {remembered}, got {hash}";
        }
        Fail(new RecordFailure(file.RelativePath, query.Line, kind, query.Sql, expectedText, actualText, message, query.Sort, values));
    }

    private static string DescribeDifference(IReadOnlyList<string> expected, IReadOnlyList<string> actual, int firstDifference, bool hashed)
    {
        if (hashed || (expected.Count == 1 && ResultFormatter.TryParseHashLine(expected[0], out _, out _)))
        {
            string expectedText = expected.Count == 0 ? "no values" : string.Join(" ", expected);
            return $"expected {expectedText}, got {string.Join(" ", actual)}";
        }
        if (firstDifference >= 0)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"value {firstDifference + 1} differs: expected '{expected[firstDifference]}', got '{actual[firstDifference]}'");
        }
        return string.Create(CultureInfo.InvariantCulture, $"expected {expected.Count} values, got {actual.Count}");
    }

    private RecordFailure TimeoutFailure(int line, string detail)
        => new(file.RelativePath, line, FailureKind.Timeout, "", null, null,
            string.Create(CultureInfo.InvariantCulture, $"the file exceeded its time limit of {timeLimit.TotalSeconds:0.###} s ({detail})"));

    private void Pass(int line)
    {
        lock (_gate)
        {
            if (!_abandoned)
            {
                _passed++;
                _passedLines.Add(line);
            }
        }
    }

    private void AddRewrite(PendingRewrite rewrite)
    {
        lock (_gate)
        {
            if (!_abandoned)
            {
                _rewrites.Add(rewrite);
            }
        }
    }

    private void Skip()
    {
        lock (_gate)
        {
            if (!_abandoned)
            {
                _skipped++;
            }
        }
    }

    private void Fail(RecordFailure failure)
    {
        lock (_gate)
        {
            if (!_abandoned)
            {
                _failures.Add(failure);
            }
        }
    }

    /// <summary>The exception's message (and its inner exceptions'), on one line, at most 500 characters.</summary>
    internal static string OneLine(Exception exception)
    {
        var builder = new StringBuilder();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (builder.Length > 0)
            {
                builder.Append(" ---> ");
            }
            builder.Append(current.Message);
        }
        for (int i = 0; i < builder.Length; i++)
        {
            if (builder[i] is '\r' or '\n' or '\t')
            {
                builder[i] = ' ';
            }
        }
        if (builder.Length > MaxMessageLength)
        {
            builder.Length = MaxMessageLength;
            builder.Append('…');
        }
        return builder.ToString();
    }
}
