using Manifold.Cli.Server;
using Manifold.Server.Hosting;

namespace Manifold.Cli.Tests.Server;

public sealed class ServerCommandTests
{
    [Theory]
    [InlineData(new[] { "server", "--etc", "/no/such/folder" }, "--etc folder does not exist")]
    [InlineData(new[] { "server", "--port", "70000" }, "--port must be between 0 and 65535")]
    [InlineData(new[] { "server", "--port", "abc" }, "abc")]
    public async Task Bad_server_command_lines_exit_2(string[] args, string message)
    {
        CliRunResult run = await CliRun.RunAsync(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public async Task A_malformed_config_property_exits_1_naming_the_setting()
    {
        string etc = Directory.CreateTempSubdirectory("manifold-server-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(etc, "config.properties"), "query.client.timeout=soon\n", TestContext.Current.CancellationToken);
            CliRunResult run = await CliRun.RunAsync("server", "--etc", etc, "--port", "0");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("query.client.timeout", run.Error);
        }
        finally
        {
            Directory.Delete(etc, recursive: true);
        }
    }

    [Fact]
    public async Task The_server_starts_logs_and_stops_cleanly_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var output = new StartedWatcher(cancellation);
        var console = new CliConsole { In = new StringReader(""), Out = output, Error = new StringWriter() };
        int exitCode = await new ServerCommand(console).RunAsync(
            new CoordinatorOptions { Port = 0, BindAddress = "127.0.0.1", NodeId = "cli1", LogWriter = output }, cancellation.Token);
        Assert.Equal(0, exitCode);
        Assert.Contains("SERVER STARTED", output.ToString());
        Assert.Contains("Coordinator stopped", output.ToString());
    }

    /// <summary>Cancels the command as soon as the coordinator logs that it started.</summary>
    private sealed class StartedWatcher(CancellationTokenSource cancellation) : StringWriter
    {
        public override void Write(string? value)
        {
            base.Write(value);
            if (value?.Contains("SERVER STARTED", StringComparison.Ordinal) == true)
            {
                cancellation.Cancel();
            }
        }
    }
}
