using Manifold.Cli.Terminal;

namespace Manifold.Cli.Tests;

/// <summary>Runs the <c>manifold</c> entry point in-process over strings, as when input and output are redirected.</summary>
internal static class CliRun
{
    public static Task<CliRunResult> RunAsync(params string[] args) => RunWithInputAsync("", args);

    public static Task<CliRunResult> RunWithInputAsync(string input, params string[] args) => RunAsync(input, _ => null, args);

    /// <summary>Runs with <paramref name="environment"/> as the process environment (name to value, null when unset).</summary>
    public static Task<CliRunResult> RunWithEnvironmentAsync(Func<string, string?> environment, params string[] args) => RunAsync("", environment, args);

    private static async Task<CliRunResult> RunAsync(string input, Func<string, string?> environment, string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole
        {
            In = new StringReader(input),
            Out = output,
            Error = error,
            Interrupts = new ManualInterruptSource(),
            GetEnvironmentVariable = environment,
        };
        int exitCode = await new CliApplication(console).RunAsync(args, TestContext.Current.CancellationToken);
        return new CliRunResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Query ids hold the clock; tests compare errors with this placeholder instead.</summary>
    public static string MaskQueryIds(string text)
        => System.Text.RegularExpressions.Regex.Replace(text, @"#\d{8}_\d{6}_\d{5}_\w+\)", "#QUERY_ID)");
}
