using System.Globalization;
using System.Text;
using Manifold.Engine.Connectors.Tpch;
using Manifold.Spi.Connectors;
using Manifold.Spi.Memory;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Connectors.Tpch;

/// <summary>Drives a tpch catalog through the SPI only, and renders what it returns as dbgen text.</summary>
internal sealed class TpchTestConnector : IDisposable
{
    public static readonly ConnectorSession Session = new("test_query", "test", 0, DateTimeOffset.UnixEpoch);

    public TpchTestConnector(params (string Name, string Value)[] properties)
    {
        var map = new Dictionary<string, string>();
        foreach ((string name, string value) in properties)
        {
            map[name] = value;
        }
        Connector = new TpchConnectorFactory().Create("tpch", map, new ConnectorContext(new MemoryContext("test", long.MaxValue), TimeProvider.System));
    }

    public IConnector Connector { get; }

    public IConnectorMetadata Metadata => Connector.Metadata;

    public void Dispose() => Connector.Dispose();

    public ConnectorTableHandle Table(string schema, string table)
        => Metadata.GetTableHandle(Session, new SchemaTableName(schema, table)) ?? throw new InvalidOperationException($"No table {schema}.{table}");

    public ConnectorColumnHandle Column(ConnectorTableHandle table, string name)
    {
        foreach (ConnectorColumnHandle column in Metadata.GetColumnHandles(Session, table))
        {
            if (column.Name == name)
            {
                return column;
            }
        }
        throw new InvalidOperationException($"No column {name}");
    }

    /// <summary>All pages of the table, split as the split manager decides for <paramref name="desiredSplits"/>.</summary>
    public async Task<List<Page>> ReadAsync(ConnectorTableHandle table, IReadOnlyList<ConnectorColumnHandle> columns, int desiredSplits)
    {
        IReadOnlyList<ConnectorSplit> splits = await Connector.SplitManager.GetSplitsAsync(Session, table, desiredSplits, CancellationToken.None);
        var pages = new List<Page>();
        foreach (ConnectorSplit split in splits)
        {
            using IConnectorPageSource source = Connector.PageSourceProvider.CreatePageSource(Session, split, table, columns);
            while (await source.GetNextPageAsync(CancellationToken.None) is { } page)
            {
                pages.Add(page);
            }
        }
        return pages;
    }

    /// <summary>The rows of <paramref name="pages"/> as dbgen would print the same columns, '|'-joined.</summary>
    /// <param name="quantityChannels">Channels holding l_quantity (printed as an integer by dbgen).</param>
    public static List<string> Render(IEnumerable<Page> pages, ICollection<int> quantityChannels)
    {
        var rows = new List<string>();
        var line = new StringBuilder();
        foreach (Page page in pages)
        {
            foreach (Vector column in page.Columns)
            {
                Assert.False(column.MayHaveNulls);
            }
            for (int row = 0; row < page.RowCount; row++)
            {
                line.Clear();
                for (int channel = 0; channel < page.ColumnCount; channel++)
                {
                    line.Append(Render(page[channel], row, quantityChannels.Contains(channel))).Append('|');
                }
                rows.Add(line.ToString());
            }
        }
        return rows;
    }

    private static string Render(Vector vector, int row, bool quantity)
    {
        SqlType type = vector.Type;
        switch (type.Kind)
        {
            case TypeKind.BigInt:
                return ((FlatVector<long>)vector).Get(row).ToString(CultureInfo.InvariantCulture);
            case TypeKind.Integer:
                return ((FlatVector<int>)vector).Get(row).ToString(CultureInfo.InvariantCulture);
            case TypeKind.Date:
                return DateOnly.FromDayNumber(DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + ((FlatVector<int>)vector).Get(row))
                    .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case TypeKind.Double:
                {
                    double value = ((FlatVector<double>)vector).Get(row);
                    long cents = (long)Math.Round(value * 100);
                    if (cents / 100.0 != value)
                    {
                        Assert.Fail($"{value:R} is not cents / 100.0");   // exactly Trino's value
                    }
                    return quantity ? (cents / 100).ToString(CultureInfo.InvariantCulture) : Money(cents);
                }
            case TypeKind.Decimal:
                {
                    Assert.Equal("decimal(12,2)", type.Name);
                    long unscaled = ((FlatVector<long>)vector).Get(row);
                    return quantity ? (unscaled / 100).ToString(CultureInfo.InvariantCulture) : Money(unscaled);
                }
            case TypeKind.Varchar:
                {
                    string text = ((BytesVector)vector).GetString(row);
                    if (text.Length > ((VarcharType)type).Length)
                    {
                        Assert.Fail($"'{text}' is longer than {type}");
                    }
                    return text;
                }
            default:
                throw new InvalidOperationException($"Unexpected type {type}");
        }
    }

    private static string Money(long cents)
        => (cents < 0 ? "-" : "") + (Math.Abs(cents) / 100).ToString(CultureInfo.InvariantCulture) + "." +
           (Math.Abs(cents) % 100).ToString("00", CultureInfo.InvariantCulture);
}
