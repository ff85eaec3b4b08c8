using Manifold.Spi.Connectors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>One immutable state of a memory table: its columns and stored pages. Readers hold a version for a whole scan;
/// writers build a new version and swap it in.</summary>
internal sealed class MemoryTableVersion
{
    private readonly Lock _statisticsGate = new();
    private TableStatisticsState? _inherited;
    private TableStatisticsState? _statisticsState;
    private TableStatistics? _statistics;

    /// <param name="columns">The visible columns, in table order.</param>
    /// <param name="pages">The pages, in row-id order; none is empty.</param>
    /// <param name="inherited">Statistics of an earlier version whose rows are all still in this one (an insert), or null.</param>
    public MemoryTableVersion(ColumnMetadata[] columns, StoredPage[] pages, TableStatisticsState? inherited = null)
    {
        Columns = columns;
        Pages = pages;
        long rows = 0;
        long bytes = 0;
        foreach (StoredPage page in pages)
        {
            rows += page.RowCount;
            bytes += page.Bytes;
        }
        RowCount = rows;
        Bytes = bytes;
        _inherited = inherited is not null && inherited.Columns.Length == columns.Length && inherited.CoveredPages <= pages.Length
            ? inherited
            : null;
    }

    public ColumnMetadata[] Columns { get; }

    public StoredPage[] Pages { get; }

    public long RowCount { get; }

    /// <summary>The bytes of all pages, as charged to the catalog's memory context.</summary>
    public long Bytes { get; }

    /// <summary>The statistics state if <see cref="GetStatistics"/> has run, for the next version to build on.</summary>
    public TableStatisticsState? StatisticsState => Volatile.Read(ref _statisticsState);

    /// <summary>The index of the column named <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Columns.Length; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The index of the page that would hold <paramref name="rowId"/>, searching from <paramref name="from"/>;
    /// -1 when the id is below every page's range.</summary>
    public int FindPage(long rowId, int from)
    {
        int low = from;
        int high = Pages.Length - 1;
        int found = -1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            if (Pages[middle].FirstRowId <= rowId)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return found;
    }

    /// <summary>Row count (exact) and per-column statistics, computed on first use and cached.</summary>
    /// <remarks>A version made by an insert extends the sketches and ranges of the version before it (when those were
    /// computed) with the new pages only; null and byte counts, which adding a row twice would spoil, are recounted
    /// exactly from the null bitmaps and offsets, which is cheap.</remarks>
    public TableStatistics GetStatistics()
    {
        TableStatistics? cached = Volatile.Read(ref _statistics);
        if (cached is not null)
        {
            return cached;
        }
        lock (_statisticsGate)
        {
            if (_statistics is not null)
            {
                return _statistics;
            }
            var accumulators = new ColumnStatisticsAccumulator[Columns.Length];
            int start = 0;
            if (_inherited is { } inherited)
            {
                for (int c = 0; c < accumulators.Length; c++)
                {
                    accumulators[c] = inherited.Columns[c].Clone();
                }
                start = inherited.CoveredPages;
                // An insert may have merged the old last page with new rows; adding its old rows again is harmless.
                if (start > 0 && !ReferenceEquals(Pages[start - 1], inherited.LastCoveredPage))
                {
                    start--;
                }
            }
            else
            {
                for (int c = 0; c < accumulators.Length; c++)
                {
                    accumulators[c] = ColumnStatisticsAccumulator.Create(Columns[c].Type);
                }
            }
            var nullCounts = new long[Columns.Length];
            var dataBytes = new long[Columns.Length];
            for (int p = 0; p < Pages.Length; p++)
            {
                var data = Pages[p].Data;
                for (int c = 0; c < accumulators.Length; c++)
                {
                    nullCounts[c] += ColumnStatisticsAccumulator.CountNulls(data[c]);
                    if (Columns[c].Type.Physical == PhysicalType.Bytes)
                    {
                        dataBytes[c] += ColumnStatisticsAccumulator.CountBytes(data[c]);
                    }
                    if (p >= start)
                    {
                        accumulators[c].Add(data[c]);
                    }
                }
            }
            var columns = new Dictionary<string, ColumnStatistics>(Columns.Length);
            for (int c = 0; c < accumulators.Length; c++)
            {
                columns[Columns[c].Name] = accumulators[c].ToStatistics(RowCount, nullCounts[c], dataBytes[c]);
            }
            var statistics = new TableStatistics(RowCount, columns);
            _inherited = null;   // it may hold a page this version no longer has
            Volatile.Write(ref _statisticsState, new TableStatisticsState(accumulators, Pages.Length, Pages.Length == 0 ? null : Pages[^1]));
            Volatile.Write(ref _statistics, statistics);
            return statistics;
        }
    }
}
