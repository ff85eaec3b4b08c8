using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Table and column statistics derived from the scale factor alone (no scanning).</summary>
/// <remarks>Row counts are exact (lineitem: exact at the scale factors with a known count, else 4 per order). Distinct
/// counts are exact for keys, dates and small domains and estimates elsewhere. Min/max are bounds from the generation
/// rules (boxed physical values: long for bigint and decimal, int for integer and date, double for double); every column is
/// non-null.</remarks>
internal static class TpchStatistics
{
    public static TableStatistics Compute(TpchTable table, TpchScale scale, TpchColumnNaming naming, TpchDoubleTypeMapping mapping)
    {
        long rows = scale.RowCount(table);
        var builder = new Builder(table, naming, mapping, rows);
        long suppliers = scale.Suppliers;
        long customers = scale.Customers;
        long parts = scale.Parts;
        long orders = scale.Orders;
        switch (table)
        {
            case TpchTable.Region:
                builder.Key(0, rows, 0, rows - 1);
                builder.Text(1, rows, 6.4);
                builder.Text(2, rows, 72);
                break;
            case TpchTable.Nation:
                builder.Key(0, rows, 0, rows - 1);
                builder.Text(1, rows, 7.1);
                builder.Key(2, 5, 0, 4);
                builder.Text(3, rows, 72);
                break;
            case TpchTable.Supplier:
                builder.Key(0, rows, 1, rows);
                builder.Text(1, rows, 18);
                builder.Text(2, rows, 25);
                builder.Key(3, Math.Min(25, rows), 0, 24);
                builder.Text(4, rows, 15);
                builder.Money(5, Math.Min(rows, 1_099_999), -99_999, 999_999);
                builder.Text(6, rows, 62.5);
                break;
            case TpchTable.Customer:
                builder.Key(0, rows, 1, rows);
                builder.Text(1, rows, 18);
                builder.Text(2, rows, 25);
                builder.Key(3, Math.Min(25, rows), 0, 24);
                builder.Text(4, rows, 15);
                builder.Money(5, Math.Min(rows, 1_099_999), -99_999, 999_999);
                builder.Text(6, Math.Min(5, rows), 9);
                builder.Text(7, rows, 72.5);
                break;
            case TpchTable.Part:
                builder.Key(0, rows, 1, rows);
                builder.Text(1, rows, 32);
                builder.Text(2, Math.Min(5, rows), 14);
                builder.Text(3, Math.Min(25, rows), 8);
                builder.Text(4, Math.Min(150, rows), 20.6);
                builder.Integer(5, Math.Min(50, rows), 1, 50);
                builder.Text(6, Math.Min(40, rows), 7.6);
                builder.Money(7, Math.Min(rows, 119_901), 90_000, 209_900);
                builder.Text(8, rows, 13.5);
                break;
            case TpchTable.PartSupp:
                builder.Key(0, parts, 1, parts);
                builder.Key(1, suppliers, 1, suppliers);
                builder.Integer(2, Math.Min(9999, rows), 1, 9999);
                builder.Money(3, Math.Min(rows, 99_901), 100, 100_000);
                builder.Text(4, rows, 123.5);
                break;
            case TpchTable.Orders:
                builder.Key(0, rows, 1, TpchKeys.OrderKey(orders));
                builder.Key(1, Math.Min(rows, customers - customers / 3), 1, customers);
                builder.Text(2, Math.Min(3, rows), 1);
                builder.Money(3, rows, null, null);
                builder.Date(4, Math.Min(TpchDates.MaxOrderDay + 1, rows), 0, TpchDates.MaxOrderDay);
                builder.Text(5, Math.Min(5, rows), 8.4);
                builder.Text(6, Math.Min(scale.ClerkCount, rows), 15);
                builder.Integer(7, 1, 0, 0);
                builder.Text(8, rows, 48.5);
                break;
            case TpchTable.LineItem:
                builder.Key(0, orders, 1, TpchKeys.OrderKey(orders));
                builder.Key(1, Math.Min(parts, rows), 1, parts);
                builder.Key(2, Math.Min(suppliers, rows), 1, suppliers);
                builder.Integer(3, Math.Min(7, rows), 1, 7);
                builder.Money(4, Math.Min(50, rows), 100, 5_000);
                builder.Money(5, rows, 90_000, 209_900L * 50);
                builder.Money(6, Math.Min(11, rows), 0, 10);
                builder.Money(7, Math.Min(9, rows), 0, 8);
                builder.Text(8, Math.Min(3, rows), 1);
                builder.Text(9, Math.Min(2, rows), 1);
                builder.Date(10, Math.Min(TpchDates.MaxOrderDay + 121, rows), 1, TpchDates.MaxOrderDay + 121);
                builder.Date(11, Math.Min(TpchDates.MaxOrderDay + 61, rows), 30, TpchDates.MaxOrderDay + 90);
                builder.Date(12, Math.Min(TpchDates.MaxOrderDay + 150, rows), 2, TpchDates.MaxOrderDay + 151);
                builder.Text(13, Math.Min(4, rows), 12);
                builder.Text(14, Math.Min(7, rows), 4.3);
                builder.Text(15, rows, 26.5);
                break;
        }
        return new TableStatistics(rows, builder.Columns);
    }

    private sealed class Builder(TpchTable table, TpchColumnNaming naming, TpchDoubleTypeMapping mapping, long rows)
    {
        private readonly TpchColumn[] _columns = TpchSchema.Columns(table);

        public Dictionary<string, ColumnStatistics> Columns { get; } = [];

        public void Key(int ordinal, long distinct, long min, long max) => Add(ordinal, distinct, min, max, null);

        public void Integer(int ordinal, long distinct, int min, int max) => Add(ordinal, distinct, min, max, null);

        public void Date(int ordinal, long distinct, int minDay, int maxDay)
            => Add(ordinal, distinct, TpchDates.ToEpochDay(minDay), TpchDates.ToEpochDay(maxDay), null);

        /// <summary>A money-typed column, bounds in cents (null when unknown).</summary>
        public void Money(int ordinal, long distinct, long? minCents, long? maxCents)
            => Add(ordinal, distinct, Box(minCents), Box(maxCents), null);

        public void Text(int ordinal, long distinct, double averageSize) => Add(ordinal, distinct, null, null, averageSize);

        private object? Box(long? cents) => cents switch
        {
            null => null,
            { } value => mapping switch
            {
                TpchDoubleTypeMapping.Double => (object)(value / 100.0),
                TpchDoubleTypeMapping.Decimal => (object)value,
            },
        };

        private void Add(int ordinal, long distinct, object? min, object? max, double? averageSize)
        {
            string name = TpchSchema.ColumnName(_columns[ordinal], naming);
            Columns[name] = new ColumnStatistics(Math.Min(distinct, rows), 0, min, max, averageSize);
        }
    }
}
