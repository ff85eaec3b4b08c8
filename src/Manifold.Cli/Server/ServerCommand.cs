using System.CommandLine;
using System.Runtime.InteropServices;
using Manifold.Server.Hosting;
using Manifold.Spi.Errors;

namespace Manifold.Cli.Server;

/// <summary><c>manifold server</c>: runs a coordinator until Ctrl-C or SIGTERM, then drains (running queries get
/// <c>shutdown.grace-period</c>, the rest fail with SERVER_SHUTTING_DOWN) and exits.</summary>
internal sealed class ServerCommand(CliConsole console)
{
    private readonly Option<string?> _etc = new("--etc")
    {
        Description = "Trino-style etc/ folder (config.properties, catalog/*.properties); default: embedded system, memory and tpch",
        HelpName = "DIR",
    };

    private readonly Option<int?> _port = new("--port")
    {
        Description = "HTTP port (default: http-server.http.port, else 8080)",
        HelpName = "N",
    };

    private readonly Option<string?> _nodeId = new("--node-id")
    {
        Description = "This node's id, the end of every query id (default: node.id, else 'manifold')",
        HelpName = "ID",
    };

    /// <summary>The <c>server</c> command.</summary>
    public Command Create()
    {
        var command = new Command("server", "Run a coordinator that speaks the Trino/Presto client protocol") { _etc, _port, _nodeId };
        command.SetAction((parse, cancellationToken) =>
        {
            string? etc = parse.GetValue(_etc);
            if (etc is not null && !Directory.Exists(etc))
            {
                throw new CliUsageException($"--etc folder does not exist: {etc}");
            }
            if (parse.GetValue(_port) is { } port && (port < 0 || port > 65535))
            {
                throw new CliUsageException("--port must be between 0 and 65535");
            }
            var options = new CoordinatorOptions
            {
                EtcDirectory = etc,
                Port = parse.GetValue(_port),
                NodeId = parse.GetValue(_nodeId),
                LogWriter = console.Out,
            };
            return RunAsync(options, cancellationToken);
        });
        return command;
    }

    internal async Task<int> RunAsync(CoordinatorOptions options, CancellationToken cancellationToken)
    {
        CoordinatorHost host;
        try
        {
            host = await CoordinatorHost.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (ManifoldException e)
        {
            console.Error.Write($"manifold server: {e.Message}\n");
            return ExitCodes.Failure;
        }
        catch (IOException e)
        {
            console.Error.Write($"manifold server: cannot listen: {e.Message}\n");
            return ExitCodes.Failure;
        }
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using IDisposable interrupt = console.Interrupts.Register(() => stop.TrySetResult());
        using PosixSignalRegistration? sigterm = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });
        using CancellationTokenRegistration cancelled = cancellationToken.Register(() => stop.TrySetResult());
        await Task.WhenAny(stop.Task, host.Stopped).ConfigureAwait(false);
        await host.ShutdownAsync().ConfigureAwait(false);
        await console.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
