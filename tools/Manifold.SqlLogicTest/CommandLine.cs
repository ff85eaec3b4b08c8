using System.Globalization;

namespace Manifold.SqlLogicTest.Cli;

/// <summary>The parsed command line.</summary>
internal sealed record CommandLine
{
    public const string Usage = """
        usage: Manifold.SqlLogicTest [options] PATH...
          PATH                            a .test script, or a folder searched recursively for *.test
          --engine sqlite|manifold        engine to run (default manifold)
          --expected-failures FILE        records known to fail: only failures not listed there fail the run
          --write-expected-failures FILE  (re)write FILE from this run's failures (classes of entries in
                                          --expected-failures that still fail are kept); exits 0
          --timeout SECONDS               time limit per file (default 300, 0 for none)
          --verbose, -v                   show each failure's SQL, expected and actual output
          --help, -h                      show this help
        Prints "path: P passed, F failed, S skipped" per file and, last, "N passed, M failed, K skipped".
        Exit code: 0 ok, 1 unexpected failures (any failure without --expected-failures), 2 usage error.
        """;

    public List<string> Paths { get; } = [];
    public string Engine { get; private set; } = EngineFactory.DefaultEngine;
    public string? ExpectedFailures { get; private set; }
    public string? WriteExpectedFailures { get; private set; }
    public TimeSpan FileTimeout { get; private set; } = TimeSpan.FromSeconds(300);
    public bool Verbose { get; private set; }
    public bool Help { get; private set; }

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <exception cref="ArgumentException">The arguments are invalid (the message says why).</exception>
    public static CommandLine Parse(string[] args)
    {
        var line = new CommandLine();
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "--engine":
                    line.Engine = Value(args, ref i);
                    break;
                case "--expected-failures":
                    line.ExpectedFailures = Value(args, ref i);
                    break;
                case "--write-expected-failures":
                    line.WriteExpectedFailures = Value(args, ref i);
                    break;
                case "--timeout":
                    string seconds = Value(args, ref i);
                    if (!double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || value < 0)
                    {
                        throw new ArgumentException($"--timeout needs a number of seconds, got '{seconds}'");
                    }
                    line.FileTimeout = value == 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(value);
                    break;
                case "--verbose" or "-v":
                    line.Verbose = true;
                    break;
                case "--help" or "-h":
                    line.Help = true;
                    break;
                case "--":
                    for (i++; i < args.Length; i++)
                    {
                        line.Paths.Add(args[i]);
                    }
                    break;
                default:
                    if (arg.StartsWith('-') && arg.Length > 1)
                    {
                        throw new ArgumentException($"unknown option '{arg}'");
                    }
                    line.Paths.Add(arg);
                    break;
            }
        }
        if (!line.Help && line.Paths.Count == 0)
        {
            throw new ArgumentException("no PATH given");
        }
        return line;
    }

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length)
        {
            throw new ArgumentException($"{args[i]} needs a value");
        }
        return args[++i];
    }
}
