using Manifold.Spi.Connectors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Connectors.InformationSchema;

/// <summary>The tables of information_schema and their columns.</summary>
internal static class InformationSchemaTable
{
    public const string Schema = "information_schema";

    public static readonly IReadOnlyDictionary<string, ColumnMetadata[]> Tables = new Dictionary<string, ColumnMetadata[]>
    {
        ["schemata"] = [Column("catalog_name"), Column("schema_name")],
        ["tables"] = [Column("table_catalog"), Column("table_schema"), Column("table_name"), Column("table_type")],
        ["columns"] =
        [
            Column("table_catalog"), Column("table_schema"), Column("table_name"), Column("column_name"),
            new ColumnMetadata("ordinal_position", SqlType.BigInt), Column("column_default"), Column("is_nullable"),
            Column("data_type"), Column("comment"), Column("extra_info"),
        ],
        ["views"] = [Column("table_catalog"), Column("table_schema"), Column("table_name"), Column("view_definition")],
    };

    private static ColumnMetadata Column(string name) => new(name, SqlType.Varchar);
}

/// <summary>A table of information_schema, optionally narrowed to one schema and/or table name by filter pushdown.</summary>
internal sealed record InformationSchemaTableHandle(string Table, string? SchemaFilter, string? TableFilter) : ConnectorTableHandle;

/// <summary>A column of an information_schema table.</summary>
internal sealed record InformationSchemaColumnHandle(string Name, int Index) : ConnectorColumnHandle(Name);

/// <summary>The single split of an information_schema table.</summary>
internal sealed record InformationSchemaSplit : ConnectorSplit;
