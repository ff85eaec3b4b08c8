using Manifold.Spi.Types;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>The TPC-H tables and columns as Trino's <c>tpch</c> connector exposes them.</summary>
internal static class TpchSchema
{
    /// <summary>Name of the hidden column holding Trino's row number (see <see cref="TpchGenerator"/>).</summary>
    public const string RowNumberColumnName = "row_number";

    /// <summary>Ordinal used for the hidden row-number column.</summary>
    public const int RowNumberOrdinal = -1;

    /// <summary>Every table, in Trino's listing order.</summary>
    public static readonly TpchTable[] Tables =
    [
        TpchTable.Customer, TpchTable.Orders, TpchTable.LineItem, TpchTable.Part,
        TpchTable.PartSupp, TpchTable.Supplier, TpchTable.Nation, TpchTable.Region,
    ];

    private static readonly TpchColumn[] s_customer =
    [
        Key(TpchTable.Customer, 0, "c_custkey"),
        Text(TpchTable.Customer, 1, "c_name", 25),
        Text(TpchTable.Customer, 2, "c_address", 40),
        Key(TpchTable.Customer, 3, "c_nationkey"),
        Text(TpchTable.Customer, 4, "c_phone", 15),
        Money(TpchTable.Customer, 5, "c_acctbal"),
        Text(TpchTable.Customer, 6, "c_mktsegment", 10),
        Text(TpchTable.Customer, 7, "c_comment", 117),
    ];

    private static readonly TpchColumn[] s_orders =
    [
        Key(TpchTable.Orders, 0, "o_orderkey"),
        Key(TpchTable.Orders, 1, "o_custkey"),
        Text(TpchTable.Orders, 2, "o_orderstatus", 1),
        Money(TpchTable.Orders, 3, "o_totalprice"),
        Column(TpchTable.Orders, 4, "o_orderdate", TpchColumnKind.Date),
        Text(TpchTable.Orders, 5, "o_orderpriority", 15),
        Text(TpchTable.Orders, 6, "o_clerk", 15),
        Column(TpchTable.Orders, 7, "o_shippriority", TpchColumnKind.Integer),
        Text(TpchTable.Orders, 8, "o_comment", 79),
    ];

    private static readonly TpchColumn[] s_lineItem =
    [
        Key(TpchTable.LineItem, 0, "l_orderkey"),
        Key(TpchTable.LineItem, 1, "l_partkey"),
        Key(TpchTable.LineItem, 2, "l_suppkey"),
        Column(TpchTable.LineItem, 3, "l_linenumber", TpchColumnKind.Integer),
        Column(TpchTable.LineItem, 4, "l_quantity", TpchColumnKind.Quantity),
        Money(TpchTable.LineItem, 5, "l_extendedprice"),
        Money(TpchTable.LineItem, 6, "l_discount"),
        Money(TpchTable.LineItem, 7, "l_tax"),
        Text(TpchTable.LineItem, 8, "l_returnflag", 1),
        Text(TpchTable.LineItem, 9, "l_linestatus", 1),
        Column(TpchTable.LineItem, 10, "l_shipdate", TpchColumnKind.Date),
        Column(TpchTable.LineItem, 11, "l_commitdate", TpchColumnKind.Date),
        Column(TpchTable.LineItem, 12, "l_receiptdate", TpchColumnKind.Date),
        Text(TpchTable.LineItem, 13, "l_shipinstruct", 25),
        Text(TpchTable.LineItem, 14, "l_shipmode", 10),
        Text(TpchTable.LineItem, 15, "l_comment", 44),
    ];

    private static readonly TpchColumn[] s_part =
    [
        Key(TpchTable.Part, 0, "p_partkey"),
        Text(TpchTable.Part, 1, "p_name", 55),
        Text(TpchTable.Part, 2, "p_mfgr", 25),
        Text(TpchTable.Part, 3, "p_brand", 10),
        Text(TpchTable.Part, 4, "p_type", 25),
        Column(TpchTable.Part, 5, "p_size", TpchColumnKind.Integer),
        Text(TpchTable.Part, 6, "p_container", 10),
        Money(TpchTable.Part, 7, "p_retailprice"),
        Text(TpchTable.Part, 8, "p_comment", 23),
    ];

    private static readonly TpchColumn[] s_partSupp =
    [
        Key(TpchTable.PartSupp, 0, "ps_partkey"),
        Key(TpchTable.PartSupp, 1, "ps_suppkey"),
        Column(TpchTable.PartSupp, 2, "ps_availqty", TpchColumnKind.Integer),
        Money(TpchTable.PartSupp, 3, "ps_supplycost"),
        Text(TpchTable.PartSupp, 4, "ps_comment", 199),
    ];

    private static readonly TpchColumn[] s_supplier =
    [
        Key(TpchTable.Supplier, 0, "s_suppkey"),
        Text(TpchTable.Supplier, 1, "s_name", 25),
        Text(TpchTable.Supplier, 2, "s_address", 40),
        Key(TpchTable.Supplier, 3, "s_nationkey"),
        Text(TpchTable.Supplier, 4, "s_phone", 15),
        Money(TpchTable.Supplier, 5, "s_acctbal"),
        Text(TpchTable.Supplier, 6, "s_comment", 101),
    ];

    private static readonly TpchColumn[] s_nation =
    [
        Key(TpchTable.Nation, 0, "n_nationkey"),
        Text(TpchTable.Nation, 1, "n_name", 25),
        Key(TpchTable.Nation, 2, "n_regionkey"),
        Text(TpchTable.Nation, 3, "n_comment", 152),
    ];

    private static readonly TpchColumn[] s_region =
    [
        Key(TpchTable.Region, 0, "r_regionkey"),
        Text(TpchTable.Region, 1, "r_name", 25),
        Text(TpchTable.Region, 2, "r_comment", 152),
    ];

    /// <summary>The SQL name of a table (<c>lineitem</c>, <c>partsupp</c>, ...), as dbgen names its files.</summary>
    public static string TableName(TpchTable table) => table switch
    {
        TpchTable.Customer => "customer",
        TpchTable.Orders => "orders",
        TpchTable.LineItem => "lineitem",
        TpchTable.Part => "part",
        TpchTable.PartSupp => "partsupp",
        TpchTable.Supplier => "supplier",
        TpchTable.Nation => "nation",
        TpchTable.Region => "region",
    };

    /// <summary>The table with this SQL name (lower case), if any.</summary>
    public static bool TryParseTable(string name, out TpchTable table)
    {
        foreach (TpchTable candidate in Tables)
        {
            if (string.Equals(TableName(candidate), name, StringComparison.Ordinal))
            {
                table = candidate;
                return true;
            }
        }
        table = default;
        return false;
    }

    /// <summary>The table's columns in TPC-H order (without the hidden row number).</summary>
    public static TpchColumn[] Columns(TpchTable table) => table switch
    {
        TpchTable.Customer => s_customer,
        TpchTable.Orders => s_orders,
        TpchTable.LineItem => s_lineItem,
        TpchTable.Part => s_part,
        TpchTable.PartSupp => s_partSupp,
        TpchTable.Supplier => s_supplier,
        TpchTable.Nation => s_nation,
        TpchTable.Region => s_region,
    };

    /// <summary>The column's name under the given naming.</summary>
    public static string ColumnName(TpchColumn column, TpchColumnNaming naming) => naming switch
    {
        TpchColumnNaming.Simplified => column.SimplifiedName,
        TpchColumnNaming.Standard => column.StandardName,
    };

    /// <summary>The column's SQL type under the given money mapping.</summary>
    public static SqlType ColumnType(TpchColumn column, TpchDoubleTypeMapping mapping) => column.Kind switch
    {
        TpchColumnKind.Identifier => SqlType.BigInt,
        TpchColumnKind.Integer => SqlType.Integer,
        TpchColumnKind.Date => SqlType.Date,
        TpchColumnKind.Money or TpchColumnKind.Quantity => mapping switch
        {
            TpchDoubleTypeMapping.Double => SqlType.Double,
            TpchDoubleTypeMapping.Decimal => s_decimal,
        },
        TpchColumnKind.Varchar => SqlType.CreateVarchar(column.VarcharLength),
    };

    private static readonly DecimalType s_decimal = SqlType.CreateDecimal(12, 2);

    private static TpchColumn Key(TpchTable table, int ordinal, string name) => Column(table, ordinal, name, TpchColumnKind.Identifier);

    private static TpchColumn Money(TpchTable table, int ordinal, string name) => Column(table, ordinal, name, TpchColumnKind.Money);

    private static TpchColumn Text(TpchTable table, int ordinal, string name, int length)
        => new(table, ordinal, name, Simplify(name), TpchColumnKind.Varchar, length);

    private static TpchColumn Column(TpchTable table, int ordinal, string name, TpchColumnKind kind)
        => new(table, ordinal, name, Simplify(name), kind);

    private static string Simplify(string name) => name[(name.IndexOf('_', StringComparison.Ordinal) + 1)..];
}
