using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Manifold.Engine.Connectors.Tpch;
using Manifold.Spi.Errors;

namespace Manifold.Cli.Tpch;

/// <summary><c>manifold tpch gen</c>: writes TPC-H tables as dbgen-identical <c>.tbl</c> files (or CSV) with
/// <see cref="TpchDataWriter"/>, printing rows, bytes and time per file and in total.</summary>
internal sealed class TpchCommand(CliConsole console)
{
    private readonly Option<double> _scale = new("--scale", "-s")
    {
        Description = "Scale factor: 1 is about 1 GB of .tbl files, 0.01 matches the tpch.tiny schema",
        HelpName = "SF",
        Required = true,
    };

    private readonly Option<string> _out = new("--out", "-o")
    {
        Description = "Folder to write to (created when missing; files of the same name are replaced)",
        HelpName = "DIR",
        Required = true,
    };

    private readonly Option<string?> _tables = new("--tables")
    {
        Description = "Comma-separated tables to write (default: all eight): " + string.Join(",", TpchDataWriter.TableNames),
        HelpName = "T1,T2",
    };

    private readonly Option<string> _format = new("--format")
    {
        Description = "File format: tbl (dbgen's, '|'-terminated fields) or csv (with a header)",
        HelpName = "tbl|csv",
        DefaultValueFactory = _ => "tbl",
    };

    private readonly Option<int> _parallelism = new("--parallelism")
    {
        Description = "Threads generating at once (default: one per core)",
        HelpName = "N",
    };

    /// <summary>The <c>tpch</c> command with its <c>gen</c> subcommand.</summary>
    public Command Create()
    {
        _format.AcceptOnlyFromAmong("tbl", "csv");
        var gen = new Command("gen", "Write TPC-H tables as files, byte-identical to dbgen's")
        {
            _scale, _out, _tables, _format, _parallelism,
        };
        gen.SetAction((parse, cancellationToken) =>
        {
            double scale = parse.GetValue(_scale);
            if (!double.IsFinite(scale) || scale <= 0)
            {
                throw new CliUsageException("--scale must be a positive number");
            }
            if (parse.GetValue(_parallelism) < 0)
            {
                throw new CliUsageException("--parallelism must be 0 (one per core) or more");
            }
            var tables = new List<TpchTable>();
            foreach (string name in SplitTables(parse.GetValue(_tables)))
            {
                if (!TpchDataWriter.TryParseTable(name, out TpchTable table))
                {
                    throw new CliUsageException($"Unknown TPC-H table '{name}'; expected some of {string.Join(",", TpchDataWriter.TableNames)}");
                }
                tables.Add(table);
            }
            var options = new TpchDataWriterOptions(scale, parse.GetValue(_out)!)
            {
                Tables = tables,
                Format = parse.GetValue(_format) == "csv" ? TpchFileFormat.Csv : TpchFileFormat.Tbl,
                Parallelism = parse.GetValue(_parallelism),
            };
            return GenerateAsync(options, cancellationToken);
        });
        return new Command("tpch", "TPC-H tools") { gen };
    }

    private static string[] SplitTables(string? tables)
        => tables is null ? [] : tables.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Writes the tables one after the other, printing a line per file and a total.</summary>
    internal async Task<int> GenerateAsync(TpchDataWriterOptions options, CancellationToken cancellationToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using IDisposable interrupt = console.Interrupts.Register(cancellation.Cancel);
        IReadOnlyList<TpchTable> tables = options.Tables is { Count: > 0 } chosen ? chosen : AllTables();
        TextWriter output = console.Out;
        CultureInfo invariant = CultureInfo.InvariantCulture;
        output.Write(string.Create(invariant,
            $"TPC-H scale {options.ScaleFactor.ToString("0.##########", invariant)} ({(options.Format == TpchFileFormat.Csv ? "csv" : "tbl")}) -> {options.OutputDirectory}\n"));
        long totalRows = 0;
        long totalBytes = 0;
        long start = Stopwatch.GetTimestamp();
        try
        {
            foreach (TpchTable table in tables)
            {
                long tableStart = Stopwatch.GetTimestamp();
                IReadOnlyList<TpchWrittenFile> written = await TpchDataWriter.WriteAsync(options with { Tables = [table] }, cancellation.Token)
                    .ConfigureAwait(false);
                TimeSpan elapsed = Stopwatch.GetElapsedTime(tableStart);
                foreach (TpchWrittenFile file in written)
                {
                    totalRows += file.Rows;
                    totalBytes += file.Bytes;
                    output.Write(Line(Path.GetFileName(file.Path), file.Rows, file.Bytes, elapsed));
                }
                await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (ManifoldException e)
        {
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            console.Error.Write($"manifold: {e.Message}\n");
            return e.ErrorCode.Type == ErrorType.UserError ? ExitCodes.Usage : ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            console.Error.Write("Cancelled; the file being written was removed\n");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            console.Error.Write($"manifold: cannot write to '{options.OutputDirectory}': {e.Message}\n");
            return ExitCodes.Failure;
        }
        output.Write(Line("total", totalRows, totalBytes, Stopwatch.GetElapsedTime(start)));
        await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>One report line: <c>lineitem.tbl  60,175 rows  7,264,250 bytes  0.41 s</c>.</summary>
    internal static string Line(string name, long rows, long bytes, TimeSpan elapsed)
        => string.Create(CultureInfo.InvariantCulture, $"{name,-14} {rows,14:N0} rows {bytes,17:N0} bytes {elapsed.TotalSeconds,9:F2} s\n");

    private static TpchTable[] AllTables()
    {
        var tables = new TpchTable[TpchDataWriter.TableNames.Count];
        for (int i = 0; i < tables.Length; i++)
        {
            TpchDataWriter.TryParseTable(TpchDataWriter.TableNames[i], out tables[i]);
        }
        return tables;
    }
}
