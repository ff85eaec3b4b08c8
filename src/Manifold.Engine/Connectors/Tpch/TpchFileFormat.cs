namespace Manifold.Engine.Connectors.Tpch;

/// <summary>The text format <see cref="TpchDataWriter"/> writes.</summary>
public enum TpchFileFormat
{
    /// <summary>dbgen's <c>.tbl</c>: fields followed by <c>|</c> (also the last), <c>\n</c> line ends, no quoting, no header.</summary>
    Tbl,
    /// <summary>RFC 4180 CSV (<c>.csv</c>): comma-separated, <c>\n</c> line ends, a header of the TPC column names (unless
    /// turned off), fields holding a comma or quote in double quotes. Values are printed as in <see cref="Tbl"/>.</summary>
    Csv,
}
