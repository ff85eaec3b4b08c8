using Manifold.Engine.Execution;
using Manifold.Engine.Execution.Expressions;
using Manifold.Engine.Execution.Operators;
using Manifold.Engine.Execution.Scheduling;
using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution;

/// <summary>Turns an optimized logical plan into operators (Trino calls this the local execution planner): scans and streaming operators (filter, project, probe, unnest…) above them
/// run on every core, each worker pulling its own splits; aggregation, joins' build sides, sorts and top-N merge their
/// workers' results.</summary>
internal sealed class LocalExecutionPlanner
{
    private readonly QueryContext _context;
    private readonly Dictionary<PlanNode, int> _nodeIds;
    private readonly bool _collectStats;

    public LocalExecutionPlanner(QueryContext context, PlanNode root, bool collectStats = true)
    {
        _context = context;
        _collectStats = collectStats;
        _nodeIds = new Dictionary<PlanNode, int>(ReferenceEqualityComparer.Instance);
        int next = 0;
        foreach (PlanNode node in PlanRewriter.Nodes(root))
        {
            _nodeIds.TryAdd(node, next++);
        }
    }

    /// <summary>The id of each plan node (for statistics), by reference.</summary>
    public IReadOnlyDictionary<PlanNode, int> NodeIds => _nodeIds;

    /// <summary>The operator producing the query's result columns, in <paramref name="root"/>'s output order.</summary>
    public IOperator CreateRoot(OutputNode root)
    {
        PhysicalSource source = Visit(root.Source);
        PhysicalSource projected = Select(source, root.Columns);
        return projected.Single();
    }

    /// <summary>The operator producing <paramref name="node"/>'s outputs in order (for subqueries and statements).</summary>
    public IOperator CreateOperator(PlanNode node) => Select(Visit(node), node.Outputs).Single();

    private PhysicalSource Visit(PlanNode node)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        _context.CancellationToken.ThrowIfCancellationRequested();
        PhysicalSource source = node switch
        {
            TableScanNode scan => VisitScan(scan),
            ValuesNode values => VisitValues(values),
            FilterNode filter => VisitFilterProject(filter.Source, filter.Predicate, null),
            ProjectNode { Source: FilterNode filter } project => VisitFilterProject(filter.Source, filter.Predicate, project),
            ProjectNode project => VisitFilterProject(project.Source, null, project),
            AggregationNode aggregation => VisitAggregation(aggregation),
            JoinNode join => VisitJoin(join),
            SortNode sort => VisitSort(sort),
            TopNNode topN => VisitTopN(topN),
            LimitNode limit => VisitLimit(limit),
            WindowNode window => VisitWindow(window),
            UnionNode union => VisitUnion(union),
            EnforceSingleRowNode single => VisitEnforceSingleRow(single),
            AssignUniqueIdNode unique => VisitAssignUniqueId(unique),
            UnnestNode unnest => VisitUnnest(unnest),
            GroupIdNode groupId => VisitGroupId(groupId),
            ApplyNode apply => VisitApply(apply),
            TableWriterNode writer => VisitTableWriter(writer),
            TableChangeNode change => VisitTableChange(change),
            OutputNode output => Select(Visit(output.Source), output.Columns),
            _ => throw new ManifoldException(StandardErrorCode.GenericInternalError, $"No physical operator for {node.GetType().Name}"),
        };
        return WithStats(node, source);
    }

    /// <summary>The memory of one plan node's operators: a child of the query's, reported by EXPLAIN ANALYZE.</summary>
    private Spi.Memory.MemoryContext MemoryFor(PlanNode node, string name)
    {
        Spi.Memory.MemoryContext memory = _context.Memory.CreateChild(name);
        if (_collectStats && _nodeIds.TryGetValue(node, out int id))
        {
            _context.StatsFor(id, node.GetType().Name.Replace("Node", "", StringComparison.Ordinal)).Memory = memory;
        }
        return memory;
    }

    /// <summary>Wraps each worker of a node to record its statistics and to stop a plan too deep for the thread's
    /// stack with InsufficientExecutionStackException (reported as QUERY_TEXT_TOO_LARGE) instead of a stack overflow:
    /// creating and pulling operators recurses once per plan level.</summary>
    private PhysicalSource WithStats(PlanNode node, PhysicalSource source)
    {
        OperatorStats? stats = _collectStats && _nodeIds.TryGetValue(node, out int id)
            ? _context.StatsFor(id, node.GetType().Name.Replace("Node", "", StringComparison.Ordinal))
            : null;
        return source with
        {
            Workers = source.Workers.Select(w => (Func<IOperator>)(() =>
            {
                System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
                return new StatsOperator(w(), stats);
            })).ToArray(),
        };
    }

    /// <summary>The source with exactly the given symbols as channels, in that order.</summary>
    private PhysicalSource Select(PhysicalSource source, IReadOnlyList<Symbol> symbols)
    {
        if (source.Layout.SequenceEqual(symbols))
        {
            return source;
        }
        int[] channels = symbols.Select(source.Channel).ToArray();
        var types = symbols.Select(s => s.Type).ToArray();
        var workers = source.Workers.Select(worker => (Func<IOperator>)(() =>
            new FilterProjectOperator(worker(), [], channels.Select((c, i) => (VectorEvaluator)new ChannelEvaluator(c, types[i])).ToArray(), _context))).ToArray();
        return new PhysicalSource(workers, symbols.ToArray());
    }

    private PhysicalSource VisitScan(TableScanNode scan)
    {
        var session = _context.ConnectorSession(scan.Table.Catalog);
        var splits = new SplitQueue(scan.Table.Connector, session, scan.Table.Handle, _context.Concurrency * 4, _context.Progress);
        int pageSize = _context.PageSize;
        var workers = Enumerable.Range(0, _context.Concurrency)
            .Select(_ => (Func<IOperator>)(() => new TableScanOperator(
                splits, scan.Table.Connector, session, scan.Table.Handle, scan.Columns, pageSize, _context.Progress)))
            .ToArray();
        return new PhysicalSource(workers, scan.OutputSymbols);
    }

    private PhysicalSource VisitValues(ValuesNode values)
    {
        var interpreter = new ExpressionInterpreter(_context);
        var builders = values.OutputSymbols.Select(s => VectorBuilder.Create(s.Type, values.Rows.Count)).ToArray();
        foreach (var row in values.Rows)
        {
            for (int c = 0; c < builders.Length; c++)
            {
                builders[c].AppendObject(interpreter.Evaluate(row[c]));
            }
        }
        var columns = builders.Select(b => b.Build()).ToArray();
        var pages = new List<Page>();
        int pageSize = _context.PageSize;
        for (int offset = 0; offset < values.Rows.Count; offset += pageSize)
        {
            int length = Math.Min(pageSize, values.Rows.Count - offset);
            pages.Add(new Page(length, columns.Select(c => c.Slice(offset, length)).ToArray()));
        }
        return new PhysicalSource([() => new ValuesOperator(pages)], values.OutputSymbols);
    }

    private PhysicalSource VisitFilterProject(PlanNode sourceNode, BoundExpression? predicate, ProjectNode? project)
    {
        PhysicalSource source = Visit(sourceNode);
        Dictionary<Symbol, int> layout = source.Channels();
        var conjuncts = predicate is null ? [] : LogicalExpression.Conjuncts(predicate);
        IReadOnlyList<Symbol> outputs;
        IReadOnlyList<BoundExpression> projections;
        if (project is null)
        {
            outputs = source.Layout;
            projections = source.Layout.Select(s => (BoundExpression)new SymbolReference(s)).ToArray();
        }
        else
        {
            outputs = project.Assignments.Select(a => a.Symbol).ToArray();
            projections = project.Assignments.Select(a => a.Expression).ToArray();
        }
        var workers = source.Workers.Select(worker => (Func<IOperator>)(() => new FilterProjectOperator(
            worker(),
            conjuncts.Select(c => ExpressionCompiler.Compile(c, layout)).ToArray(),
            projections.Select(p => ExpressionCompiler.Compile(p, layout)).ToArray(),
            _context))).ToArray();
        return new PhysicalSource(workers, outputs);
    }

    private PhysicalSource VisitAggregation(AggregationNode aggregation)
    {
        PhysicalSource source = Visit(aggregation.Source);
        int[] keyChannels = aggregation.GroupingKeys.Select(source.Channel).ToArray();
        var keyTypes = aggregation.GroupingKeys.Select(k => k.Type).ToArray();
        var specs = aggregation.Aggregates.Select(a => new AggregateSpec(
            a.Call.Function.Implementation.Specialize(a.Call.Function.Binding),
            a.Call.Arguments.Select(source.Channel).ToArray(),
            a.Call.Distinct,
            a.Call.Filter is null ? -1 : source.Channel(a.Call.Filter),
            a.Call.OrderBy.Select(k => (source.Channel(k.Symbol), k.Ascending, k.NullsFirst)).ToArray(),
            a.Symbol.Type)).ToArray();
        (int, long)? global = aggregation.GlobalGroupId is { } g ? (aggregation.GroupingKeys.ToList().IndexOf(g.GroupId), g.Id) : null;
        var workers = source.Workers;
        var memory = MemoryFor(aggregation, "HashAggregation");
        return new PhysicalSource(
            [() => new HashAggregationOperator(workers, keyChannels, keyTypes, specs, global, _context, memory)],
            aggregation.Outputs);
    }

    private PhysicalSource VisitJoin(JoinNode join)
    {
        PhysicalSource probe = Visit(join.Left);
        PhysicalSource build = Visit(join.Right);
        int[] probeKeys = join.Criteria.Select(c => probe.Channel(c.Left)).ToArray();
        int[] buildKeys = join.Criteria.Select(c => build.Channel(c.Right)).ToArray();
        var buildTypes = build.Layout.Select(s => s.Type).ToArray();
        var bridge = new JoinBridge(build.Workers, buildTypes, buildKeys, probe.Workers.Count, MemoryFor(join, "HashBuild"));
        var combined = new Dictionary<Symbol, int>();
        for (int i = 0; i < probe.Layout.Count; i++)
        {
            combined.TryAdd(probe.Layout[i], i);
        }
        for (int i = 0; i < build.Layout.Count; i++)
        {
            combined.TryAdd(build.Layout[i], probe.Layout.Count + i);
        }
        var probeSymbols = join.Type is JoinType.RightSemi or JoinType.RightAnti ? [] : join.OutputSymbols.Where(s => probe.Layout.Contains(s)).ToArray();
        var buildSymbols = join.Type is JoinType.Semi or JoinType.Anti or JoinType.Mark
            ? []
            : join.OutputSymbols.Where(s => !probe.Layout.Contains(s) && build.Layout.Contains(s)).ToArray();
        int[] probeOutputs = probeSymbols.Select(probe.Channel).ToArray();
        int[] buildOutputs = buildSymbols.Select(build.Channel).ToArray();
        var probeTypes = probeSymbols.Select(s => s.Type).ToArray();
        BoundExpression? filter = join.Filter;
        var layout = new List<Symbol>(probeSymbols);
        layout.AddRange(buildSymbols);
        if (join.Type == JoinType.Mark)
        {
            layout.Add(join.MarkSymbol!);
        }
        var workers = probe.Workers.Select(worker => (Func<IOperator>)(() => new LookupJoinOperator(
            worker(), bridge, join.Type, probeKeys, filter is null ? null : ExpressionCompiler.Compile(filter, combined),
            probeOutputs, buildOutputs, join.NullAware, _context, join.NullAwareFilter)
        {
            ProbeOutputTypes = probeTypes,
        })).ToArray();
        return new PhysicalSource(workers, layout);
    }

    private PhysicalSource VisitSort(SortNode sort)
    {
        PhysicalSource source = Visit(sort.Source);
        var keys = sort.OrderBy.Select(k => (source.Channel(k.Symbol), k.Ascending, k.NullsFirst)).ToArray();
        var types = source.Layout.Select(s => s.Type).ToArray();
        var memory = MemoryFor(sort, "Sort");
        return new PhysicalSource([() => new SortOperator(source.Workers, types, keys, _context, memory)], source.Layout);
    }

    private PhysicalSource VisitTopN(TopNNode topN)
    {
        PhysicalSource source = Visit(topN.Source);
        var keys = topN.OrderBy.Select(k => (source.Channel(k.Symbol), k.Ascending, k.NullsFirst)).ToArray();
        var types = source.Layout.Select(s => s.Type).ToArray();
        var memory = MemoryFor(topN, "TopN");
        return new PhysicalSource([() => new TopNOperator(source.Workers, types, topN.Count, keys, _context, memory)], source.Layout);
    }

    private PhysicalSource VisitLimit(LimitNode limit)
    {
        PhysicalSource source = Visit(limit.Source);
        var ties = limit.TiesOrderBy?.Select(k => (source.Channel(k.Symbol), k.Ascending, k.NullsFirst)).ToArray();
        var workers = source.Workers;
        if (source.IsParallel && limit.Count is { } count && ties is null)
        {
            // Each worker stops after offset + count rows; the final limit picks from those.
            long partial = count + limit.Offset;
            workers = workers.Select(w => (Func<IOperator>)(() => new LimitOperator(w(), partial, 0, null))).ToArray();
        }
        var input = new PhysicalSource(workers, source.Layout);
        return new PhysicalSource([() => new LimitOperator(input.Single(), limit.Count, limit.Offset, ties)], source.Layout);
    }

    private PhysicalSource VisitWindow(WindowNode window)
    {
        PhysicalSource source = Visit(window.Source);
        int[] partition = window.PartitionBy.Select(source.Channel).ToArray();
        var order = window.OrderBy.Select(k => (source.Channel(k.Symbol), k.Ascending, k.NullsFirst)).ToArray();
        var specs = window.Functions.Select(f => new WindowSpec(
            f.Call.WindowFunction?.Specialize(f.Call.Binding),
            f.Call.Aggregate?.Specialize(f.Call.Binding),
            f.Call.Arguments.Select(source.Channel).ToArray(),
            f.Call.Frame,
            f.Call.Frame.StartOffset is null ? -1 : source.Channel(f.Call.Frame.StartOffset),
            f.Call.Frame.EndOffset is null ? -1 : source.Channel(f.Call.Frame.EndOffset),
            f.Call.IgnoreNulls,
            f.Symbol.Type)).ToArray();
        var types = source.Layout.Select(s => s.Type).ToArray();
        var layout = source.Layout.Concat(window.Functions.Select(f => f.Symbol)).ToArray();
        var memory = MemoryFor(window, "Window");
        return new PhysicalSource([() => new WindowOperator(source.Single(), types, partition, order, specs, _context, memory)], layout);
    }

    private PhysicalSource VisitUnion(UnionNode union)
    {
        var workers = new List<Func<IOperator>>();
        for (int i = 0; i < union.Inputs.Count; i++)
        {
            PhysicalSource input = Select(Visit(union.Inputs[i]), union.InputSymbols[i]);
            workers.AddRange(input.Workers);
        }
        return new PhysicalSource(workers, union.OutputSymbols);
    }

    private PhysicalSource VisitEnforceSingleRow(EnforceSingleRowNode single)
    {
        PhysicalSource source = Visit(single.Source);
        var types = source.Layout.Select(s => s.Type).ToArray();
        return new PhysicalSource([() => new EnforceSingleRowOperator(source.Single(), types)], source.Layout);
    }

    private PhysicalSource VisitAssignUniqueId(AssignUniqueIdNode unique)
    {
        PhysicalSource source = Visit(unique.Source);
        var counter = new Execution.Operators.StrongBox<long>();
        var workers = source.Workers.Select(w => (Func<IOperator>)(() => new AssignUniqueIdOperator(w(), counter))).ToArray();
        return new PhysicalSource(workers, source.Layout.Append(unique.IdSymbol).ToArray());
    }

    private PhysicalSource VisitUnnest(UnnestNode unnest)
    {
        PhysicalSource source = Visit(unnest.Source);
        int[] replicate = unnest.Replicate.Select(source.Channel).ToArray();
        var collections = unnest.Mappings.Select(m => (source.Channel(m.Input), m.Outputs.Select(o => o.Type).ToArray())).ToArray();
        var layout = new List<Symbol>(unnest.Replicate);
        foreach (UnnestMapping mapping in unnest.Mappings)
        {
            layout.AddRange(mapping.Outputs);
        }
        if (unnest.Ordinality is not null)
        {
            layout.Add(unnest.Ordinality);
        }
        int pageSize = _context.PageSize;
        var workers = source.Workers.Select(w => (Func<IOperator>)(() =>
            new UnnestOperator(w(), replicate, collections, unnest.Ordinality is not null, unnest.Outer, pageSize))).ToArray();
        return new PhysicalSource(workers, layout);
    }

    private PhysicalSource VisitGroupId(GroupIdNode groupId)
    {
        PhysicalSource source = Visit(groupId.Source);
        int[][] sets = groupId.GroupingSets.Select(s => s.ToArray()).ToArray();
        int[] keys = groupId.KeyInputs.Select(source.Channel).ToArray();
        int[] passThrough = groupId.PassThrough.Select(source.Channel).ToArray();
        var workers = source.Workers.Select(w => (Func<IOperator>)(() => new GroupIdOperator(w(), sets, keys, passThrough))).ToArray();
        return new PhysicalSource(workers, groupId.Outputs);
    }

    private PhysicalSource VisitApply(ApplyNode apply)
    {
        PhysicalSource input = Visit(apply.Input);
        Dictionary<Symbol, int> layout = input.Channels();
        var correlation = apply.Correlation.Where(layout.ContainsKey).Select(s => (s, layout[s])).ToArray();
        PlanNode subquery = apply.Subquery;
        QueryContext context = _context;
        Func<IReadOnlyDictionary<Symbol, object?>, IOperator> factory = bindings =>
        {
            PlanNode bound = PlanRewriter.BindSymbols(subquery, bindings);
            return new LocalExecutionPlanner(context, bound, collectStats: false).CreateOperator(bound);
        };
        var subqueryTypes = subquery.Outputs.Select(s => s.Type).ToArray();
        var layoutOut = apply.Outputs;
        var workers = input.Workers.Select(w => (Func<IOperator>)(() => new ApplyOperator(
            w(), factory, correlation, apply.Kind,
            apply.Value is null ? null : ExpressionCompiler.Compile(apply.Value, layout),
            apply.Comparison?.Implementation.Specialize(apply.Comparison.Binding),
            apply.All, apply.LeftLateral, subqueryTypes, context))).ToArray();
        return new PhysicalSource(workers, input.Layout.Concat(apply.Kind == ApplyKind.Lateral ? subquery.Outputs : [apply.Output!]).ToArray());
    }

    private PhysicalSource VisitTableWriter(TableWriterNode writer)
    {
        PhysicalSource source = Select(Visit(writer.Source), writer.Source.Outputs);
        var session = _context.ConnectorSession(writer.Table.Catalog);
        var workers = source.Workers;
        var memory = MemoryFor(writer, "TableWriter");
        return new PhysicalSource(
            [() => new TableWriterOperator(workers, writer.Table.Connector, session, writer.Table.Handle, writer.Columns, memory)],
            [writer.RowCount]);
    }

    private PhysicalSource VisitTableChange(TableChangeNode change)
    {
        PhysicalSource source = Visit(change.Source);
        var session = _context.ConnectorSession(change.Table.Catalog);
        int rowId = source.Channel(change.RowId);
        int[] values = change.Values.Select(source.Channel).ToArray();
        var valueTypes = change.Values.Select(v => v.Type).ToArray();
        var memory = MemoryFor(change, "TableChange");
        return new PhysicalSource(
            [() => new TableChangeOperator(source.Single(), change.Table.Connector, session, change.Table.Handle, rowId, change.Columns, values, change.RowId.Type, valueTypes, memory)],
            [change.RowCount]);
    }
}
