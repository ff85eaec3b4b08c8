using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Manifold.Bench.Micro;

/// <summary>Throughput in rows per second. Every benchmark sets <c>OperationsPerInvoke</c> to the rows it processes, so
/// BenchmarkDotNet's mean is nanoseconds per row and rows/s = 10⁹ ÷ mean.</summary>
internal sealed class RowsPerSecondColumn : IColumn
{
    public string Id => nameof(RowsPerSecondColumn);
    public string ColumnName => "Rows/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Rows processed per second (10^9 / mean ns per row)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNanoseconds is not { } mean || mean <= 0)
        {
            return "NA";
        }
        double rowsPerSecond = 1e9 / mean;
        return rowsPerSecond >= 1e6
            ? (rowsPerSecond / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " M"
            : (rowsPerSecond / 1e3).ToString("F1", CultureInfo.InvariantCulture) + " K";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
