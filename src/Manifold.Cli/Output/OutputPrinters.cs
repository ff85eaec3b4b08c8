using Manifold.Cli.Sql;

namespace Manifold.Cli.Output;

/// <summary>Creates the printer for an output format.</summary>
internal static class OutputPrinters
{
    /// <summary>A printer writing <paramref name="columns"/>' rows to <paramref name="writer"/>.</summary>
    public static IOutputPrinter Create(OutputFormat format, IReadOnlyList<ResultColumn> columns, TextWriter writer) => format switch
    {
        OutputFormat.Aligned => new AlignedTablePrinter(columns, writer),
        OutputFormat.Vertical => new VerticalRecordPrinter(columns, writer),
        OutputFormat.Csv => new CsvPrinter(columns, writer, header: false, quote: true),
        OutputFormat.CsvHeader => new CsvPrinter(columns, writer, header: true, quote: true),
        OutputFormat.CsvUnquoted => new CsvPrinter(columns, writer, header: false, quote: false),
        OutputFormat.CsvHeaderUnquoted => new CsvPrinter(columns, writer, header: true, quote: false),
        OutputFormat.Tsv => new TsvPrinter(columns, writer, header: false),
        OutputFormat.TsvHeader => new TsvPrinter(columns, writer, header: true),
        OutputFormat.Json => new JsonPrinter(columns, writer),
        OutputFormat.Markdown => new MarkdownTablePrinter(columns, writer),
        OutputFormat.Null => new NullPrinter(),
    };
}
