using Manifold.Engine.Metadata;
using Manifold.Engine.Optimizer;
using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Security;

namespace Manifold.Engine.Runtime;

internal sealed partial class StatementExecutor
{
    private IAccessControl AccessControl => engine.Metadata.AccessControl;

    /// <summary>Checks that the session's user may read what <paramref name="plan"/> (planned, not yet optimized) reads:
    /// for each table or view scanned, the columns the statement actually uses, as Trino's analyzer records them.
    /// <c>information_schema</c> is exempt (its rows are filtered instead).</summary>
    /// <remarks>Columns are found by pruning the plan, so <c>SELECT a FROM t</c> checks only <c>a</c> and <c>count(*)</c>
    /// checks the table with no columns. Runs before the optimizer, so a scan the optimizer would drop (<c>WHERE false</c>)
    /// is still checked. Views are expanded: their tables are checked against the invoking user.</remarks>
    private void CheckReads(PlannerContext planner, PlanNode plan)
    {
        // A row change reads its target only through the filter and the new values; the row id is not user data.
        PlanNode root = plan switch
        {
            TableChangeNode change => new ProjectNode(change.Source, change.Values.Select(v => new Assignment(v, new SymbolReference(v))).ToArray()),
            _ => plan,
        };
        var reads = new Dictionary<CatalogSchemaTableName, SortedSet<string>>();
        CollectReads(PruneUnusedColumns.Apply(root), reads);
        Identity identity = planner.Session.Identity;
        foreach (var (table, columns) in reads)
        {
            AccessControl.CheckCanSelectFromColumns(identity, table, columns);
        }
    }

    private static void CollectReads(PlanNode node, Dictionary<CatalogSchemaTableName, SortedSet<string>> reads)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (node is TableScanNode scan && !scan.Table.Name.Schema.Equals(MetadataManager.InformationSchema, StringComparison.OrdinalIgnoreCase))
        {
            var table = new CatalogSchemaTableName(scan.Table.Catalog, scan.Table.Name);
            if (!reads.TryGetValue(table, out SortedSet<string>? columns))
            {
                columns = new SortedSet<string>(StringComparer.Ordinal);
                reads[table] = columns;
            }
            foreach (var column in scan.Columns)
            {
                columns.Add(column.Name.ToLowerInvariant());
            }
        }
        foreach (PlanNode source in node.Sources)
        {
            CollectReads(source, reads);
        }
    }

    private static CatalogSchemaTableName Qualified(QualifiedObjectName name) => new(name.Catalog, name.Schema, name.Name);
}
