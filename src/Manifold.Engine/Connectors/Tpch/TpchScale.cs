namespace Manifold.Engine.Connectors.Tpch;

/// <summary>A scale factor and the table sizes derived from it.</summary>
/// <remarks>
/// Sizes follow Trino's generator: <c>(long)(base × SF)</c> in double arithmetic. For SF 0.01, 0.1 and every integer SF
/// this equals dbgen's counts; for a non-integer SF above 1 dbgen would truncate SF first, Trino (and this class) does not.
/// </remarks>
internal sealed class TpchScale
{
    public const int SupplierBase = 10_000;
    public const int CustomerBase = 150_000;
    public const int PartBase = 200_000;
    public const int OrderBase = 1_500_000;

    /// <summary>The largest scale factor accepted (keys and row counts stay far inside 64 bits).</summary>
    public const double MaxScaleFactor = 1_000_000;

    private TpchScale(double scaleFactor)
    {
        ScaleFactor = scaleFactor;
        Suppliers = (long)(SupplierBase * scaleFactor);
        Customers = (long)(CustomerBase * scaleFactor);
        Parts = (long)(PartBase * scaleFactor);
        Orders = (long)(OrderBase * scaleFactor);
        ClerkCount = Math.Max((int)(scaleFactor * 1000), 1000);
        Use64BitKeys = scaleFactor >= 30000;
    }

    /// <summary>The scale factor.</summary>
    public double ScaleFactor { get; }

    /// <summary>Rows of supplier (S).</summary>
    public long Suppliers { get; }

    /// <summary>Rows of customer (C).</summary>
    public long Customers { get; }

    /// <summary>Rows of part (P); partsupp has 4 P.</summary>
    public long Parts { get; }

    /// <summary>Rows of orders (O).</summary>
    public long Orders { get; }

    /// <summary>Clerk numbers are 1 .. this.</summary>
    public int ClerkCount { get; }

    /// <summary>True when o_custkey and l_partkey use dbgen's 64-bit generator (SF ≥ 30000).</summary>
    public bool Use64BitKeys { get; }

    /// <summary>The scale, or null when <paramref name="scaleFactor"/> is not usable (not finite, not positive, so small that
    /// a table would be empty, or above <see cref="MaxScaleFactor"/>).</summary>
    public static TpchScale? TryCreate(double scaleFactor)
    {
        if (!double.IsFinite(scaleFactor) || scaleFactor <= 0 || scaleFactor > MaxScaleFactor)
        {
            return null;
        }
        var scale = new TpchScale(scaleFactor);
        return scale.Suppliers < 1 ? null : scale;
    }

    /// <summary>The scale for <paramref name="scaleFactor"/>; throws when it is not usable.</summary>
    public static TpchScale Create(double scaleFactor)
        => TryCreate(scaleFactor) ?? throw new ArgumentOutOfRangeException(nameof(scaleFactor), scaleFactor, "Unsupported TPC-H scale factor");

    /// <summary>Units a split divides: rows, except parts for partsupp and orders for lineitem.</summary>
    public long UnitCount(TpchTable table) => table switch
    {
        TpchTable.Customer => Customers,
        TpchTable.Orders or TpchTable.LineItem => Orders,
        TpchTable.Part or TpchTable.PartSupp => Parts,
        TpchTable.Supplier => Suppliers,
        TpchTable.Nation => TpchDistributions.Nations.Count,
        TpchTable.Region => TpchDistributions.Regions.Count,
    };

    /// <summary>Rows of the table; exact except for lineitem at scale factors without a known count (then 4 per order).</summary>
    public long RowCount(TpchTable table) => table switch
    {
        TpchTable.PartSupp => Parts * 4,
        TpchTable.LineItem => LineItemCount(),
        _ => UnitCount(table),
    };

    private long LineItemCount()
    {
        // Exact counts (from running the line-count stream), GENERATOR-NOTES §1.
        foreach ((double factor, long rows) in s_knownLineItemCounts)
        {
            if (factor == ScaleFactor)
            {
                return rows;
            }
        }
        return Orders * 4;
    }

    private static readonly (double Factor, long Rows)[] s_knownLineItemCounts =
    [
        (0.01, 60_175), (0.1, 600_572), (1, 6_001_215), (10, 59_986_052), (100, 600_037_902),
        (300, 1_799_989_091), (1000, 5_999_989_709), (3000, 18_000_048_306),
    ];
}
