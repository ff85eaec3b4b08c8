using System.Diagnostics;
using System.Globalization;
using Manifold.SqlLogicTest;
using Manifold.SqlLogicTest.Cli;

return Run(args);

static int Run(string[] args)
{
    CommandLine commandLine;
    Func<ISqlLogicEngine> engineFactory;
    IReadOnlyList<SqlLogicFile> files;
    ExpectedFailureList? expected = null;
    try
    {
        commandLine = CommandLine.Parse(args);
    }
    catch (ArgumentException exception)
    {
        Console.Error.WriteLine("error: " + exception.Message);
        Console.Error.WriteLine(CommandLine.Usage);
        return 2;
    }
    if (commandLine.Help)
    {
        Console.WriteLine(CommandLine.Usage);
        return 0;
    }
    try
    {
        engineFactory = EngineFactory.Create(commandLine.Engine);
        files = SqlLogicFile.Find(commandLine.Paths);
        if (commandLine.ExpectedFailures is not null)
        {
            expected = ExpectedFailureList.Load(commandLine.ExpectedFailures);
        }
    }
    catch (Exception exception) when (exception is ArgumentException or IOException or FormatException)
    {
        Console.Error.WriteLine("error: " + exception.Message);
        return 2;
    }

    var options = new SqlLogicRunnerOptions { FileTimeout = commandLine.FileTimeout };
    var stopwatch = Stopwatch.StartNew();
    IReadOnlyList<FileResult> results;
    using (var runner = new SqlLogicRunner(engineFactory, options))
    {
        results = runner.Run(files, result => Report(result, expected, commandLine.Verbose));
    }
    stopwatch.Stop();

    int passed = 0, failed = 0, skipped = 0;
    foreach (FileResult result in results)
    {
        passed += result.Passed;
        failed += result.Failed;
        skipped += result.Skipped;
    }

    int exitCode = failed > 0 ? 1 : 0;
    if (expected is not null)
    {
        ExpectedFailureReport report = expected.Compare(results);
        foreach (ExpectedFailure entry in report.UnexpectedPasses)
        {
            Console.WriteLine("unexpected pass: " + entry);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.ExpectedFailures.Count} expected failures, {report.UnexpectedFailures.Count} unexpected failures, {report.UnexpectedPasses.Count} unexpected passes"));
        exitCode = report.UnexpectedFailures.Count > 0 ? 1 : 0;
    }
    if (commandLine.WriteExpectedFailures is not null)
    {
        ExpectedFailureList written = ExpectedFailureList.FromResults(results, expected);
        written.Save(commandLine.WriteExpectedFailures);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {written.Entries.Count} expected failures to {commandLine.WriteExpectedFailures}"));
        exitCode = 0;
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} files in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{passed} passed, {failed} failed, {skipped} skipped"));
    return exitCode;
}

static void Report(FileResult result, ExpectedFailureList? expected, bool verbose)
{
    IReadOnlyList<RecordFailure> shown = expected is null ? result.Failures : expected.Compare([result]).UnexpectedFailures;
    foreach (RecordFailure failure in shown)
    {
        Console.WriteLine($"{failure.Location}: {failure.Kind}: {failure.Message}");
        if (verbose)
        {
            PrintBlock("sql", failure.Sql);
            PrintBlock("expected", failure.Expected);
            PrintBlock("actual", failure.Actual);
            if (failure.ActualValues is not null && failure.Actual is not null && failure.Actual.Contains(" values hashing to ", StringComparison.Ordinal))
            {
                PrintBlock("actual values", string.Join('\n', failure.ActualValues));
            }
        }
    }
    string timedOut = result.TimedOut ? " (timed out)" : "";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{result.File.RelativePath}: {result.Passed} passed, {result.Failed} failed, {result.Skipped} skipped{timedOut}"));
}

static void PrintBlock(string title, string? text)
{
    const int MaxLines = 40;
    if (text is null)
    {
        return;
    }
    Console.WriteLine($"  {title}:");
    string[] lines = text.Length == 0 ? ["(nothing)"] : text.Split('\n');
    for (int i = 0; i < lines.Length && i < MaxLines; i++)
    {
        Console.WriteLine("    " + lines[i]);
    }
    if (lines.Length > MaxLines)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    ... {lines.Length - MaxLines} more lines"));
    }
}
