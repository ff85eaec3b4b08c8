namespace Manifold.Cli.Sql;

/// <summary>How <c>manifold sql</c> prints rows; the names and output match the Trino CLI's <c>--output-format</c>.</summary>
internal enum OutputFormat
{
    /// <summary>A table: centered header, separator, right-aligned numbers, <c>(N rows)</c> footer.</summary>
    Aligned,
    /// <summary>One block per row: <c>-[ RECORD 1 ]-</c>, then <c>name | value</c> lines.</summary>
    Vertical,
    /// <summary>Every field in double quotes, no header.</summary>
    Csv,
    /// <summary>As <see cref="Csv"/>, with a header line.</summary>
    CsvHeader,
    /// <summary>CSV without quotes (quote characters doubled), no header.</summary>
    CsvUnquoted,
    /// <summary>As <see cref="CsvUnquoted"/>, with a header line.</summary>
    CsvHeaderUnquoted,
    /// <summary>Tab-separated, backslash escapes, no header.</summary>
    Tsv,
    /// <summary>As <see cref="Tsv"/>, with a header line.</summary>
    TsvHeader,
    /// <summary>One JSON object per row and line.</summary>
    Json,
    /// <summary>A Markdown table.</summary>
    Markdown,
    /// <summary>Rows are read and discarded.</summary>
    Null,
}
