using System.Text.Json;

namespace Manifold.Cli.Sql;

/// <summary>A batch of result rows, read by the output printers. Valid until the next
/// <see cref="IStatementResult.NextBatchAsync"/>.</summary>
internal interface IResultBatch
{
    /// <summary>Rows in the batch.</summary>
    int RowCount { get; }

    /// <summary>True when the value is SQL NULL.</summary>
    bool IsNull(int column, int row);

    /// <summary>The value as the Trino CLI displays it (<c>NULL</c> for SQL NULL, arrays as <c>[1, 2]</c>, varbinary as
    /// space-separated hex pairs).</summary>
    string GetText(int column, int row);

    /// <summary>Writes the value as JSON, as the Trino CLI's JSON format does: numbers and booleans as JSON literals,
    /// arrays as arrays, maps and named rows as objects, everything else (decimals, dates, …) as strings.</summary>
    void WriteJson(Utf8JsonWriter writer, int column, int row);
}
