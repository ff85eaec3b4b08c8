using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Generates a range of one TPC-H table, page by page, only for the requested columns.</summary>
/// <remarks>
/// <para>The range is given in units: rows, except parts for partsupp (4 rows each) and orders for lineitem (1..7 rows
/// each). Every random stream is skipped ahead to the first unit in constant time (dbgen's skip), so a generator for
/// units [start, end) never generates earlier rows, and concatenating ranges gives exactly dbgen's table.</para>
/// <para>Generation is column by column: dbgen's streams are independent (one per column), so a page is built by running
/// each needed stream over the page's rows, padding it at the end of every unit to its per-unit budget. Streams of
/// columns that are not requested (and that no requested column depends on) are never touched.</para>
/// <para>The hidden <c>row_number</c> column (ordinal <see cref="TpchSchema.RowNumberOrdinal"/>) holds what Trino's
/// connector returns: the 0-based index for nation and region, the 1-based key or index otherwise, the part key for
/// partsupp and the order index for lineitem.</para>
/// <para>Not thread-safe: one generator per split and thread.</para>
/// </remarks>
internal abstract class TpchGenerator
{
    private readonly int[] _ordinals;
    private readonly SqlType[] _types;

    protected TpchGenerator(TpchTable table, TpchScale scale, TpchDoubleTypeMapping mapping, ReadOnlySpan<int> ordinals, long startUnit, long endUnit)
    {
        long units = scale.UnitCount(table);
        if (startUnit < 0 || endUnit < startUnit || endUnit > units)
        {
            throw new ArgumentOutOfRangeException(nameof(endUnit), $"Range [{startUnit}, {endUnit}) is outside the {units} units of {table}");
        }
        TpchColumn[] columns = TpchSchema.Columns(table);
        _ordinals = ordinals.ToArray();
        _types = new SqlType[_ordinals.Length];
        for (int i = 0; i < _ordinals.Length; i++)
        {
            int ordinal = _ordinals[i];
            if (ordinal == TpchSchema.RowNumberOrdinal)
            {
                _types[i] = SqlType.BigInt;
            }
            else if ((uint)ordinal < (uint)columns.Length)
            {
                _types[i] = TpchSchema.ColumnType(columns[ordinal], mapping);
            }
            else
            {
                throw new ArgumentOutOfRangeException(nameof(ordinals), $"{table} has no column {ordinal}");
            }
        }
        Table = table;
        Scale = scale;
        Mapping = mapping;
        StartUnit = startUnit;
        EndUnit = endUnit;
    }

    public TpchTable Table { get; }

    public TpchScale Scale { get; }

    public TpchDoubleTypeMapping Mapping { get; }

    /// <summary>First unit of the range.</summary>
    public long StartUnit { get; }

    /// <summary>End (exclusive) of the range.</summary>
    public long EndUnit { get; }

    /// <summary>Numbers the pages, so columns sharing a stream draw it once per page.</summary>
    protected int PageNumber { get; private set; }

    /// <summary>Creates the generator of <paramref name="table"/> for units [start, end) producing the columns with the
    /// given ordinals, in that order (duplicates allowed; none means row counts only).</summary>
    public static TpchGenerator Create(
        TpchTable table, TpchScale scale, TpchDoubleTypeMapping mapping, ReadOnlySpan<int> ordinals, long startUnit, long endUnit) => table switch
        {
            TpchTable.Customer => new TpchCustomerGenerator(scale, mapping, ordinals, startUnit, endUnit),
            TpchTable.Orders => new TpchOrdersGenerator(scale, mapping, ordinals, startUnit, endUnit),
            TpchTable.LineItem => new TpchLineItemGenerator(scale, mapping, ordinals, startUnit, endUnit),
            TpchTable.Part => new TpchPartGenerator(scale, mapping, ordinals, startUnit, endUnit),
            TpchTable.PartSupp => new TpchPartSuppGenerator(scale, mapping, ordinals, startUnit, endUnit),
            TpchTable.Supplier => new TpchSupplierGenerator(scale, mapping, ordinals, startUnit, endUnit),
            TpchTable.Nation => new TpchNationGenerator(scale, mapping, ordinals, startUnit, endUnit),
            TpchTable.Region => new TpchRegionGenerator(scale, mapping, ordinals, startUnit, endUnit),
        };

    /// <summary>The next page of at most <paramref name="maxRows"/> rows, or null when the range is exhausted.</summary>
    public Page? NextPage(int maxRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        PageNumber++;
        int rows = BeginPage(maxRows);
        if (rows == 0)
        {
            return null;
        }
        var columns = new Vector[_ordinals.Length];
        for (int channel = 0; channel < columns.Length; channel++)
        {
            int ordinal = _ordinals[channel];
            Vector? column = null;
            for (int earlier = 0; earlier < channel; earlier++)
            {
                if (_ordinals[earlier] == ordinal)
                {
                    column = columns[earlier];
                    break;
                }
            }
            columns[channel] = column ?? (ordinal == TpchSchema.RowNumberOrdinal
                ? BuildRowNumbers(rows)
                : BuildColumn(ordinal, _types[channel], rows));
        }
        return new Page(rows, columns);
    }

    /// <summary>Decides the rows of the next page (at most <paramref name="maxRows"/>) and advances the unit cursor;
    /// returns 0 at the end of the range.</summary>
    protected abstract int BeginPage(int maxRows);

    /// <summary>Builds column <paramref name="ordinal"/> for the rows of the current page.</summary>
    protected abstract Vector BuildColumn(int ordinal, SqlType type, int rows);

    /// <summary>Builds the hidden row-number column for the current page.</summary>
    protected abstract Vector BuildRowNumbers(int rows);

    /// <summary>Grows a scratch array to at least <paramref name="rows"/> items.</summary>
    protected static T[] Ensure<T>(ref T[] array, int rows)
    {
        if (array.Length < rows)
        {
            array = new T[Math.Max(rows, 16)];
        }
        return array;
    }
}
