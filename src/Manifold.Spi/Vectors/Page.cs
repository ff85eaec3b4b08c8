namespace Manifold.Spi.Vectors;

/// <summary>A batch of rows as equal-length column vectors: the only currency between operators and connectors.</summary>
/// <remarks>Immutable. A page may have zero columns (e.g. <c>count(*)</c> inputs) and still carry a row count.</remarks>
public sealed class Page
{
    /// <summary>The default upper bound of rows per page produced by sources and operators.</summary>
    public const int DefaultMaxRowCount = 2048;

    /// <summary>Creates a page; every column must have <paramref name="rowCount"/> rows.</summary>
    public Page(int rowCount, params Vector[] columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        foreach (Vector column in columns)
        {
            if (column.Count != rowCount)
            {
                throw new ArgumentException($"Column of {column.Count} rows in a page of {rowCount} rows", nameof(columns));
            }
        }
        RowCount = rowCount;
        Columns = columns;
    }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The columns, in channel order.</summary>
    public Vector[] Columns { get; }

    /// <summary>The number of columns.</summary>
    public int ColumnCount => Columns.Length;

    /// <summary>The column at <paramref name="channel"/>.</summary>
    public Vector this[int channel] => Columns[channel];

    /// <summary>A page of the rows at <paramref name="positions"/>.</summary>
    public Page Take(ReadOnlySpan<int> positions)
    {
        var columns = new Vector[Columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            columns[i] = Columns[i].Take(positions);
        }
        return new Page(positions.Length, columns);
    }

    /// <summary>Rows <paramref name="offset"/> .. <paramref name="offset"/> + <paramref name="length"/> - 1.</summary>
    public Page Slice(int offset, int length)
    {
        if (offset == 0 && length == RowCount)
        {
            return this;
        }
        var columns = new Vector[Columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            columns[i] = Columns[i].Slice(offset, length);
        }
        return new Page(length, columns);
    }

    /// <summary>A page of the given channels, in that order.</summary>
    public Page SelectColumns(ReadOnlySpan<int> channels)
    {
        var columns = new Vector[channels.Length];
        for (int i = 0; i < channels.Length; i++)
        {
            columns[i] = Columns[channels[i]];
        }
        return new Page(RowCount, columns);
    }

    /// <summary>An estimate of the memory this page keeps alive.</summary>
    public long RetainedBytes
    {
        get
        {
            long total = 24;
            foreach (Vector column in Columns)
            {
                total += column.RetainedBytes;
            }
            return total;
        }
    }
}
