using Manifold.Cli;

CliConsole console = CliConsole.FromProcess();
int exitCode = await new CliApplication(console).RunAsync(args);
await console.Out.FlushAsync();
return exitCode;
