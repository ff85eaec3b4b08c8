using Manifold.Spi.Connectors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Tests.Connectors.SystemCatalog;

/// <summary>A connector kind <c>props</c> with table properties and one commented table, to show what system.metadata reports.</summary>
internal sealed class PropertiesConnectorFactory : IConnectorFactory
{
    public string Name => "props";

    public IConnector Create(string catalogName, IReadOnlyDictionary<string, string> properties, ConnectorContext context) => new Connector();

    private sealed class Connector : IConnector
    {
        public IConnectorMetadata Metadata { get; } = new FakeMetadata();

        public IConnectorSplitManager SplitManager => throw new NotSupportedException();

        public IConnectorPageSourceProvider PageSourceProvider => throw new NotSupportedException();

        public IReadOnlyList<PropertyMetadata> TableProperties { get; } =
        [
            new("format", SqlType.Varchar, "File format of the table", "ORC"),
            new("bucket_count", SqlType.Integer, "Number of buckets", null),
            new("internal_flag", SqlType.Boolean, "Not for users", false, Hidden: true),
            new("retention_days", SqlType.BigInt, "Days to keep rows", 30L),
        ];

        public void Dispose()
        {
        }
    }

    private sealed class FakeMetadata : IConnectorMetadata
    {
        public IReadOnlyList<string> ListSchemaNames(ConnectorSession session) => ["s"];

        public IReadOnlyList<SchemaTableName> ListTables(ConnectorSession session, string? schema)
            => schema is null or "s" ? [new("s", "commented"), new("s", "plain"), new("s", "v")] : [];

        public ConnectorTableHandle? GetTableHandle(ConnectorSession session, SchemaTableName name)
            => name.Schema == "s" && name.Table is "commented" or "plain" ? new Handle(name.Table) : null;

        public TableMetadata GetTableMetadata(ConnectorSession session, ConnectorTableHandle table)
        {
            string name = ((Handle)table).Table;
            return new TableMetadata(new SchemaTableName("s", name), [new ColumnMetadata("x", SqlType.BigInt)],
                name == "commented" ? "Rows of interest" : null);
        }

        public IReadOnlyList<ConnectorColumnHandle> GetColumnHandles(ConnectorSession session, ConnectorTableHandle table) => [];

        public ViewDefinition? GetView(ConnectorSession session, SchemaTableName name)
            => name == new SchemaTableName("s", "v") ? new ViewDefinition("SELECT 1 x", null, null, [new ViewColumn("x", SqlType.Integer)], Comment: "A view") : null;
    }

    private sealed record Handle(string Table) : ConnectorTableHandle;
}
