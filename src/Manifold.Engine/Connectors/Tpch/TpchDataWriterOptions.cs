namespace Manifold.Engine.Connectors.Tpch;

/// <summary>What <see cref="TpchDataWriter.WriteAsync"/> writes.</summary>
/// <param name="ScaleFactor">The TPC-H scale factor (0.01 = Trino's <c>tiny</c>).</param>
/// <param name="OutputDirectory">Where the files go; created when missing. Existing files of the same name are replaced.</param>
public sealed record TpchDataWriterOptions(double ScaleFactor, string OutputDirectory)
{
    /// <summary>The tables to write, in that order; null or empty means all eight.</summary>
    public IReadOnlyList<TpchTable>? Tables { get; init; }

    /// <summary>The file format; <see cref="TpchFileFormat.Tbl"/> (dbgen's) by default.</summary>
    public TpchFileFormat Format { get; init; } = TpchFileFormat.Tbl;

    /// <summary>Threads generating at once; 0 (the default) means one per core.</summary>
    public int Parallelism { get; init; }

    /// <summary>Whether CSV files start with a header line of column names (ignored for .tbl).</summary>
    public bool CsvHeader { get; init; } = true;
}
