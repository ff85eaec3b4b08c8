using System.Diagnostics;
using System.Text.Json.Nodes;
using Manifold.Testing;

namespace Manifold.Server.Tests.Clients;

/// <summary>Installs the npm packages of <c>Clients/node</c> once (npm ci) and runs their scripts with node. Missing node
/// or npm skips the tests, except under CI=true, where it fails them.</summary>
public sealed class NodeClients
{
    private static readonly SemaphoreSlim s_install = new(1, 1);
    private static bool s_installed;

    /// <summary>The folder with package.json and the client scripts.</summary>
    public static string Folder { get; } = FindFolder();

    /// <summary>Runs <c>node SCRIPT SERVER SCENARIO</c> and parses the one JSON object it prints.</summary>
    public static Task<JsonObject> RunAsync(string script, Uri server, string scenario, CancellationToken cancellationToken)
        => RunScriptAsync(script, [server.ToString().TrimEnd('/'), scenario], cancellationToken);

    /// <summary>Runs <c>node SCRIPT ARGUMENTS...</c> and parses the one JSON object it prints.</summary>
    public static async Task<JsonObject> RunScriptAsync(string script, string[] arguments, CancellationToken cancellationToken)
    {
        await EnsureInstalledAsync(cancellationToken);
        (int exitCode, string output, string error) = await ExecAsync("node", [script, .. arguments], TimeSpan.FromMinutes(2), cancellationToken);
        Assert.True(exitCode == 0, $"node {script} {string.Join(' ', arguments)} exited with {exitCode}:\n{error}\n{output}");
        string line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        return JsonNode.Parse(line)!.AsObject();
    }

    private static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        await s_install.WaitAsync(cancellationToken);
        try
        {
            if (s_installed)
            {
                return;
            }
            foreach (string tool in new[] { "node", "npm" })
            {
                if (!await IsAvailableAsync(tool, cancellationToken))
                {
                    string message = $"'{tool}' is not installed; the npm client compatibility tests need Node.js and npm";
                    if (SharedCorpus.IsCi)
                    {
                        Assert.Fail(message);
                    }
                    Assert.Skip(message);
                }
            }
            if (!Directory.Exists(Path.Combine(Folder, "node_modules", "trino-client")) || !Directory.Exists(Path.Combine(Folder, "node_modules", "presto-client")))
            {
                (int exitCode, string output, string error) = await ExecAsync(
                    "npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], TimeSpan.FromMinutes(5), cancellationToken);
                Assert.True(exitCode == 0, $"npm ci failed with {exitCode}:\n{error}\n{output}");
            }
            s_installed = true;
        }
        finally
        {
            s_install.Release();
        }
    }

    private static async Task<bool> IsAvailableAsync(string tool, CancellationToken cancellationToken)
    {
        try
        {
            return (await ExecAsync(tool, ["--version"], TimeSpan.FromSeconds(30), cancellationToken)).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> ExecAsync(
        string fileName, string[] arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        Task<string> error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}");
        }
        return (process.ExitCode, await output, await error);
    }

    private static string FindFolder()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Manifold.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "Manifold.Server.Tests", "Clients", "node");
            }
        }
        throw new InvalidOperationException("Manifold.slnx not found above " + AppContext.BaseDirectory);
    }
}
