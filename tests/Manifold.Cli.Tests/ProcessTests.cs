using System.Diagnostics;

namespace Manifold.Cli.Tests;

/// <summary>The built <c>manifold</c> program, run as a real process.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task Manifold_process_runs_execute_and_exits_0_then_1_on_failure()
    {
        (int exitCode, string output, string error) = await RunAsync("sql", "--execute", "SELECT 1");

        Assert.Equal("", error);
        Assert.Equal(0, exitCode);
        Assert.Equal("\"1\"\n", output);

        (exitCode, output, error) = await RunAsync("sql", "--execute", "SELECT nosuch");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.EndsWith("LINE 1: SELECT nosuch\n               ^\nError: COLUMN_NOT_FOUND\n", error);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "manifold.dll");
        Assert.True(File.Exists(dll), $"{dll} was not built");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
