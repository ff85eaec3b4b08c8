using System.Diagnostics;
using Manifold.Server.Hosting;
using Manifold.Server.Queries;

namespace Manifold.Cli.Tests;

/// <summary>The interactive shell in a real pseudo-terminal (tmux), on the embedded engine and against a coordinator on
/// loopback: the live progress line while a long query runs, Ctrl-C cancelling that query but not the shell, and the
/// aligned table. Without tmux these tests are skipped, except
/// under CI=true, where they fail.</summary>
public sealed class TerminalTests : IDisposable
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly string _socket = "manifold-test-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _home = Directory.CreateTempSubdirectory("manifold-tmux-").FullName;

    public void Dispose()
    {
        try
        {
            RunTmux("kill-server").Wait(TimeSpan.FromSeconds(5));
        }
        catch (Exception)
        {
            // The server is gone already.
        }
        Directory.Delete(_home, recursive: true);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_shell_shows_progress_cancels_with_ctrl_c_and_prints_aligned_tables(bool remote)
    {
        RequireTmux();
        await using CoordinatorHost? server = remote
            ? await CoordinatorHost.StartAsync(new CoordinatorOptions { Port = 0, BindAddress = "127.0.0.1", NodeId = "tmux", LogWriter = TextWriter.Null }, Token)
            : null;
        string dll = Path.Combine(AppContext.BaseDirectory, "manifold.dll");
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        string target = server is null ? "" : $" --server {server.BaseAddress.ToString().TrimEnd('/')}";
        string command = $"env HOME='{_home}' MANIFOLD_HISTORY='{_home}/history' MANIFOLD_PAGER= '{dotnet}' '{dll}' sql{target} --catalog tpch --schema sf10";
        await RunTmux("new-session", "-d", "-s", "cli", "-x", "150", "-y", "40", command);
        await WaitForScreenAsync(screen => screen.Contains("manifold:sf10>", StringComparison.Ordinal), "the prompt");

        await TypeLineAsync("SELECT count(*) FROM lineitem WHERE comment LIKE '%zzz%';");
        string running = await WaitForScreenAsync(
            screen => screen.Contains("RUNNING", StringComparison.Ordinal) && screen.Contains("splits]", StringComparison.Ordinal), "the progress line");
        Assert.Matches(@"RUNNING +(\d+%|-) \[\d+/\d+ splits\] [\d.]+[KMB]? rows, [\d.]+[kMG]?B, [\d.]+[KMB]? rows/s, \d+:\d\d\.\d", running);

        await SendKeysAsync("C-c");
        await WaitForScreenAsync(screen => screen.Contains("Query aborted by user", StringComparison.Ordinal), "the cancellation");
        if (server is not null)
        {
            // The server saw the cancel: the query failed as USER_CANCELED rather than running on.
            QuerySnapshot cancelled = server.Queries.ListQueries().Single(q => q.Sql.Contains("zzz", StringComparison.Ordinal));
            var clock = Stopwatch.StartNew();
            while (cancelled.State != QueryState.Failed && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(50, Token);
                cancelled = server.Queries.GetQuery(cancelled.QueryId)!;
            }
            Assert.Equal("USER_CANCELED", cancelled.ErrorCode?.Name);
        }
        await TypeLineAsync("SELECT 1 AS answer, 'x' AS letter;");
        string table = await WaitForScreenAsync(screen => screen.Contains("(1 row)", StringComparison.Ordinal), "the result");
        // tmux drops trailing blanks from the captured lines.
        Assert.Contains("manifold:sf10> SELECT count(*) FROM lineitem WHERE comment LIKE '%zzz%';\nQuery aborted by user\n", table);
        Assert.Contains("manifold:sf10> SELECT 1 AS answer, 'x' AS letter;\n answer | letter\n--------+--------\n      1 | x\n(1 row)\n", table);
        Assert.DoesNotContain("splits]", table[table.LastIndexOf("SELECT 1", StringComparison.Ordinal)..]);   // fast: no progress line

        await TypeLineAsync("quit");
    }

    private static void RequireTmux()
    {
        if (File.Exists("/usr/bin/tmux") || File.Exists("/usr/local/bin/tmux"))
        {
            return;
        }
        string message = "tmux is not installed (apt-get install tmux)";
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(message + "; CI needs it");
        }
        Assert.Skip(message);
    }

    /// <summary>Types <paramref name="line"/> literally (tmux would take a trailing ';' as its own separator), then Enter.</summary>
    private async Task TypeLineAsync(string line)
    {
        await RunTmux("send-keys", "-t", "cli", "-l", line.EndsWith(';') ? line[..^1] + "\\;" : line);
        await SendKeysAsync("Enter");
    }

    private Task SendKeysAsync(params string[] keys) => RunTmux(["send-keys", "-t", "cli", .. keys]);

    private async Task<string> WaitForScreenAsync(Func<string, bool> done, string what)
    {
        var clock = Stopwatch.StartNew();
        string screen = "";
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            screen = await RunTmux("capture-pane", "-p", "-t", "cli");
            if (done(screen))
            {
                return screen;
            }
            await Task.Delay(100, Token);
        }
        Assert.Fail($"Timed out waiting for {what}; the screen shows:\n{screen}");
        return screen;
    }

    private async Task<string> RunTmux(params string[] args)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(_socket);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using Process process = Process.Start(start)!;
        string output = await process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        string error = await process.StandardError.ReadToEndAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None);
        if (process.ExitCode != 0 && args[0] != "kill-server")
        {
            throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed: {error}");
        }
        return output;
    }
}
