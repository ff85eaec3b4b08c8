using System.CommandLine;
using Manifold.Cli.Passwd;
using Manifold.Cli.Server;
using Manifold.Cli.Sql;
using Manifold.Cli.Tpch;

namespace Manifold.Cli;

/// <summary>The <c>manifold</c> tool: parses the command line and runs a command against a <see cref="CliConsole"/>.
/// <c>Program</c> runs it on the process console; tests run it in-process on strings.</summary>
/// <remarks>Exit codes: 0 success, 1 a statement or command failed, 2 a bad command line (<see cref="ExitCodes"/>).</remarks>
internal sealed class CliApplication(CliConsole console)
{
    /// <summary>An application over the given streams, as when input and output are redirected.</summary>
    public CliApplication(TextReader input, TextWriter output, TextWriter error)
        : this(new CliConsole { In = input, Out = output, Error = error })
    {
    }

    /// <summary>The console the commands run against.</summary>
    public CliConsole Console => console;

    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        RootCommand root = CreateRootCommand();
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parse.Errors)
            {
                console.Error.Write($"manifold: {error.Message}\n");
            }
            return UsageHint(parse, root);
        }
        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,   // Ctrl-C is ours: it cancels the running query, not the tool
        };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CliUsageException e)
        {
            console.Error.Write($"manifold: {e.Message}\n");
            return UsageHint(parse, root);
        }
        finally
        {
            await console.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Manifold: a federated SQL engine that speaks Trino's SQL dialect and protocol")
        {
            new SqlCommand(console).Create(),
            new TpchCommand(console).Create(),
            new ServerCommand(console).Create(),
            new PasswdCommand(console).Create(),
        };
        // The default prints the entry assembly's version, which is the test host's when run in-process.
        foreach (Option option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new VersionAction(console);
            }
        }
        return root;
    }

    private int UsageHint(ParseResult parse, RootCommand root)
    {
        string command = string.Join(' ', CommandPath(parse.CommandResult.Command, root));
        console.Error.Write($"Run '{command} --help' for usage.\n");
        return ExitCodes.Usage;
    }

    private static List<string> CommandPath(Command command, RootCommand root)
    {
        var names = new List<string>();
        for (Command? current = command; current is not null && current != root; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, current.Name);
        }
        names.Insert(0, "manifold");
        return names;
    }
}
