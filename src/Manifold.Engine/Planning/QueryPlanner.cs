using Manifold.Engine.Analysis;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Sql.Tree;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Planning;

/// <summary>Plans queries: WITH, query bodies (SELECT, set operations, VALUES, TABLE), ORDER BY, OFFSET and LIMIT, and
/// the relations of FROM. Subqueries are planned with the enclosing scope as their outer scope.</summary>
internal sealed partial class QueryPlanner
{
    private readonly PlannerContext _context;
    private readonly ExpressionBinder _binder;
    private readonly List<Dictionary<string, WithQuery>> _ctes = [];

    /// <summary>Most query blocks one statement may expand to. CTEs and views are planned once per reference, so a
    /// chain of CTEs that each use the previous one twice expands exponentially; no real query comes near.</summary>
    public const int MaxQueryBlocks = 10_000;

    private int _queryBlocks;
    private string? _catalog;
    private string? _schema;

    public QueryPlanner(PlannerContext context)
    {
        _context = context;
        _binder = new ExpressionBinder(context, this);
        _catalog = context.Session.Catalog;
        _schema = context.Session.Schema;
    }

    /// <summary>The expression binder (for statements that bind expressions outside queries).</summary>
    public ExpressionBinder Binder => _binder;

    /// <summary>Where new scopes hang: the outer scope and correlation tracker of the query being planned.</summary>
    private readonly record struct ScopeParent(Scope? Outer, CorrelationTracker? Tracker)
    {
        public Scope Create(IReadOnlyList<Field> fields) => new(fields, Outer, Tracker);
    }

    /// <summary>Plans a top-level query and names its columns.</summary>
    public OutputNode PlanOutput(Query query)
    {
        RelationPlan plan = PlanQuery(query, new ScopeParent(null, null));
        return CreateOutput(plan);
    }

    /// <summary>An output node naming the visible fields (<c>_colN</c> for unnamed ones).</summary>
    public static OutputNode CreateOutput(RelationPlan plan)
    {
        var fields = plan.Scope.VisibleFields.ToArray();
        var names = fields.Select((f, i) => f.Name ?? $"_col{i}").ToArray();
        return new OutputNode(plan.Root, names, fields.Select(f => f.Symbol).ToArray());
    }

    /// <summary>Plans a subquery whose names may refer to <paramref name="outer"/>; returns the outer symbols it references.</summary>
    public (RelationPlan Plan, IReadOnlyList<Symbol> Correlation) PlanSubquery(Query query, Scope outer)
    {
        var tracker = new CorrelationTracker();
        RelationPlan plan = PlanQuery(query, new ScopeParent(outer, tracker));
        return (plan, tracker.Symbols);
    }

    /// <summary>Plans a standalone query (for INSERT, CREATE TABLE AS, views).</summary>
    public RelationPlan PlanQuery(Query query) => PlanQuery(query, new ScopeParent(null, null));

    private RelationPlan PlanQuery(Query query, ScopeParent parent)
    {
        _context.CancellationToken.ThrowIfCancellationRequested();
        EnsureStack(query);
        if (++_queryBlocks > MaxQueryBlocks)
        {
            throw new ManifoldException(StandardErrorCode.QueryTextTooLarge,
                $"Query expands to more than {MaxQueryBlocks} query blocks (CTEs and views are expanded once per reference)", ExpressionBinder.At(query));
        }
        bool pushed = false;
        if (query.With is { } with)
        {
            if (with.Recursive)
            {
                throw new ManifoldException(StandardErrorCode.NotSupported, "Recursive WITH queries are not supported", ExpressionBinder.At(with));
            }
            var names = new Dictionary<string, WithQuery>(StringComparer.OrdinalIgnoreCase);
            foreach (WithQuery withQuery in with.Queries)
            {
                if (!names.TryAdd(withQuery.Name.CanonicalValue, withQuery))
                {
                    throw new ManifoldException(StandardErrorCode.DuplicateNamedQuery,
                        $"WITH query name '{withQuery.Name.Value}' specified more than once", ExpressionBinder.At(withQuery));
                }
            }
            _ctes.Add(names);
            pushed = true;
        }
        try
        {
            RelationPlan plan = query.Body is QuerySpecification specification
                ? PlanQuerySpecification(specification, query.OrderBy, parent)
                : PlanOrderedBody(query.Body, query.OrderBy, parent);
            return ApplyLimit(plan, query.Offset, query.Limit, query.OrderBy);
        }
        finally
        {
            if (pushed)
            {
                _ctes.RemoveAt(_ctes.Count - 1);
            }
        }
    }

    private RelationPlan PlanOrderedBody(QueryBody body, OrderBy? orderBy, ScopeParent parent)
    {
        RelationPlan plan = PlanQueryBody(body, parent);
        if (orderBy is null)
        {
            return plan;
        }
        // ORDER BY over a set operation or VALUES sees only the output columns.
        var fields = plan.Scope.VisibleFields.ToArray();
        var context = new BindingContext(plan.Scope, plan.Root, "ORDER BY clause");
        var keys = new List<SortKey>();
        var extra = new List<Assignment>();
        foreach (SortItem item in orderBy.Items)
        {
            Symbol symbol;
            if (item.Key is LongLiteral ordinal)
            {
                symbol = OrdinalField(fields, ordinal).Symbol;
            }
            else
            {
                BoundExpression bound = _binder.Bind(item.Key, context);
                if (bound is SymbolReference reference)
                {
                    symbol = reference.Symbol;
                }
                else
                {
                    symbol = _context.Symbols.New("sort", bound.Type);
                    extra.Add(new Assignment(symbol, bound));
                }
            }
            keys.Add(ToSortKey(item, symbol));
        }
        PlanNode root = context.Plan;
        if (extra.Count > 0)
        {
            root = new ProjectNode(root, root.Outputs.Select(s => new Assignment(s, new SymbolReference(s))).Concat(extra).ToArray());
        }
        return new RelationPlan(new SortNode(root, keys.ToArray()), plan.Scope);
    }

    private static Field OrdinalField(IReadOnlyList<Field> fields, LongLiteral ordinal)
    {
        if (!long.TryParse(ordinal.Text, out long position) || position < 1 || position > fields.Count)
        {
            throw new ManifoldException(StandardErrorCode.InvalidColumnReference,
                $"ORDER BY position {ordinal.Text} is not in select list", ExpressionBinder.At(ordinal));
        }
        return fields[(int)position - 1];
    }

    private static SortKey ToSortKey(SortItem item, Symbol symbol)
    {
        if (!symbol.Type.IsOrderable && symbol.Type.Kind != Spi.Types.TypeKind.Unknown)
        {
            throw new ManifoldException(StandardErrorCode.TypeMismatch,
                $"Type {symbol.Type.Name} is not orderable, and therefore cannot be used in ORDER BY", ExpressionBinder.At(item.Key));
        }
        return new(symbol, item.Ordering == SortOrdering.Ascending, item.NullOrdering == NullOrdering.First);
    }

    private RelationPlan ApplyLimit(RelationPlan plan, Offset? offset, LimitClause? limit, OrderBy? orderBy)
    {
        long offsetRows = offset is null ? 0 : EvaluateRowCount(offset.RowCount, "OFFSET");
        long? count = null;
        NodeList<SortKey>? ties = null;
        switch (limit)
        {
            case Limit { RowCount: { } rowCount }:
                count = EvaluateRowCount(rowCount, "LIMIT");
                break;
            case FetchFirst fetch:
                count = fetch.RowCount is null ? 1 : EvaluateRowCount(fetch.RowCount, "FETCH FIRST");
                if (fetch.WithTies)
                {
                    if (orderBy is null || plan.Root is not SortNode sort)
                    {
                        throw new ManifoldException(StandardErrorCode.MissingOrderBy, "FETCH FIRST WITH TIES clause requires ORDER BY", ExpressionBinder.At(fetch));
                    }
                    ties = sort.OrderBy;
                }
                break;
        }
        if (count is null && offsetRows == 0)
        {
            return plan;
        }
        return plan with { Root = new LimitNode(plan.Root, count, offsetRows, ties) };
    }

    private long EvaluateRowCount(Expression expression, string clause)
    {
        BoundExpression bound = _binder.Bind(expression, new BindingContext(new Scope([]), new ValuesNode([], [NodeList<BoundExpression>.Empty]), clause));
        object? value = bound.Type.IsIntegral ? _context.Interpreter.Evaluate(bound) : null;
        long count = value is null ? -1 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        if (count < 0)
        {
            throw new ManifoldException(StandardErrorCode.InvalidLimitClause,
                $"{clause} row count must be a non-negative integer", ExpressionBinder.At(expression));
        }
        return count;
    }

    /// <summary>Refuses queries nested too deeply for the stack (set operations, subqueries, CTEs over CTEs).</summary>
    private static void EnsureStack(Node node)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ManifoldException(StandardErrorCode.QueryTextTooLarge, "Query is too deeply nested", ExpressionBinder.At(node));
        }
    }

    private RelationPlan PlanQueryBody(QueryBody body, ScopeParent parent) => body switch
    {
        _ when !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()
            => throw new ManifoldException(StandardErrorCode.QueryTextTooLarge, "Query is too deeply nested", ExpressionBinder.At(body)),
        QuerySpecification specification => PlanQuerySpecification(specification, null, parent),
        SetOperation setOperation => PlanSetOperation(setOperation, parent),
        ValuesBody values => PlanValues(values, parent),
        TableBody table => PlanRelation(new Table(table.Name) { Location = table.Location }, parent),
        SubqueryBody subquery => PlanQuery(subquery.Query, parent),
        _ => throw new ManifoldException(StandardErrorCode.NotSupported, $"Unsupported query body {body.GetType().Name}", ExpressionBinder.At(body)),
    };

    private RelationPlan PlanValues(ValuesBody values, ScopeParent parent)
    {
        var emptyContext = new BindingContext(parent.Create([]), new ValuesNode([], [NodeList<BoundExpression>.Empty]), "VALUES");
        var rows = new List<BoundExpression[]>();
        foreach (Expression row in values.Rows)
        {
            IReadOnlyList<Expression> cells = row is RowConstructor constructor ? constructor.Values : [row];
            rows.Add(cells.Select(c => _binder.Bind(c, emptyContext)).ToArray());
        }
        int width = rows[0].Length;
        if (rows.Any(r => r.Length != width))
        {
            throw new ManifoldException(StandardErrorCode.TypeMismatch, "Values rows have mismatched sizes", ExpressionBinder.At(values));
        }
        var types = new SqlType[width];
        for (int c = 0; c < width; c++)
        {
            int column = c;
            types[c] = TypeCoercion.CommonSuperType(rows.Select(r => r[column].Type))
                ?? throw new ManifoldException(StandardErrorCode.TypeMismatch,
                    $"Values column {c + 1} has incompatible types: {string.Join(", ", rows.Select(r => r[column].Type.Name).Distinct())}", ExpressionBinder.At(values));
        }
        var symbols = types.Select((t, i) => _context.Symbols.New($"_col{i}", t)).ToArray();
        var coerced = rows.Select(r => (NodeList<BoundExpression>)r.Select((e, i) => ExpressionBinder.Coerce(e, types[i])).ToArray()).ToArray();
        PlanNode root = new ValuesNode(symbols, coerced);
        if (emptyContext.Plan is not ValuesNode)
        {
            throw new ManifoldException(StandardErrorCode.NotSupported, "Subqueries are not supported in VALUES", ExpressionBinder.At(values));
        }
        return new RelationPlan(root, parent.Create(symbols.Select(s => new Field(null, null, s)).ToArray()));
    }

    private RelationPlan PlanSetOperation(SetOperation operation, ScopeParent parent)
    {
        if (operation.Kind == SetOperationKind.Union && operation.Left is SetOperation { Kind: SetOperationKind.Union } inner && inner.Distinct == operation.Distinct)
        {
            return PlanUnionChain(operation, parent);
        }
        RelationPlan left = PlanQueryBody(operation.Left, parent);
        RelationPlan right = PlanQueryBody(operation.Right, parent);
        var leftFields = left.Scope.VisibleFields.ToArray();
        var rightFields = right.Scope.VisibleFields.ToArray();
        string kind = operation.Kind.ToString().ToUpperInvariant();
        if (leftFields.Length != rightFields.Length)
        {
            throw new ManifoldException(StandardErrorCode.TypeMismatch,
                $"{kind} query has different number of fields: {leftFields.Length}, {rightFields.Length}", ExpressionBinder.At(operation));
        }
        var types = new SqlType[leftFields.Length];
        for (int i = 0; i < types.Length; i++)
        {
            types[i] = TypeCoercion.CommonSuperType(leftFields[i].Symbol.Type, rightFields[i].Symbol.Type)
                ?? throw new ManifoldException(StandardErrorCode.TypeMismatch,
                    $"column {i + 1} in {kind} query has incompatible types: {leftFields[i].Symbol.Type.Name}, {rightFields[i].Symbol.Type.Name}",
                    ExpressionBinder.At(operation));
        }
        var (leftRoot, leftSymbols) = CoerceColumns(left.Root, leftFields, types);
        var (rightRoot, rightSymbols) = CoerceColumns(right.Root, rightFields, types);
        var outputs = leftFields.Select((f, i) => _context.Symbols.New(f.Name ?? $"_col{i}", types[i])).ToArray();
        var fields = outputs.Select((s, i) => new Field(leftFields[i].Name, null, s)).ToArray();
        Scope scope = parent.Create(fields);
        if (operation.Kind == SetOperationKind.Union)
        {
            PlanNode union = new UnionNode([leftRoot, rightRoot], outputs, [leftSymbols, rightSymbols]);
            if (operation.Distinct)
            {
                union = new AggregationNode(union, outputs, []);
            }
            return new RelationPlan(union, scope);
        }
        return new RelationPlan(PlanIntersectOrExcept(operation, leftRoot, leftSymbols, rightRoot, rightSymbols, outputs), scope);
    }

    /// <summary>A chain a UNION b UNION c ... of one kind (all ALL or all DISTINCT) as one union of every branch, so that
    /// long chains (generated SQL) plan, optimize and run without one level of recursion per branch.</summary>
    private RelationPlan PlanUnionChain(SetOperation last, ScopeParent parent)
    {
        var operations = new List<SetOperation>();
        QueryBody body = last;
        while (body is SetOperation { Kind: SetOperationKind.Union } union && union.Distinct == last.Distinct)
        {
            operations.Add(union);
            body = union.Left;
        }
        operations.Reverse();
        var branches = new List<RelationPlan> { PlanQueryBody(body, parent) };
        foreach (SetOperation operation in operations)
        {
            branches.Add(PlanQueryBody(operation.Right, parent));
        }
        var firstFields = branches[0].Scope.VisibleFields.ToArray();
        var types = firstFields.Select(f => f.Symbol.Type).ToArray();
        for (int b = 1; b < branches.Count; b++)
        {
            var fields = branches[b].Scope.VisibleFields.ToArray();
            SetOperation operation = operations[b - 1];
            if (fields.Length != types.Length)
            {
                throw new ManifoldException(StandardErrorCode.TypeMismatch,
                    $"UNION query has different number of fields: {types.Length}, {fields.Length}", ExpressionBinder.At(operation));
            }
            for (int i = 0; i < types.Length; i++)
            {
                types[i] = TypeCoercion.CommonSuperType(types[i], fields[i].Symbol.Type)
                    ?? throw new ManifoldException(StandardErrorCode.TypeMismatch,
                        $"column {i + 1} in UNION query has incompatible types: {types[i].Name}, {fields[i].Symbol.Type.Name}", ExpressionBinder.At(operation));
            }
        }
        var inputs = new List<PlanNode>();
        var inputSymbols = new List<NodeList<Symbol>>();
        foreach (RelationPlan branch in branches)
        {
            var (root, symbols) = CoerceColumns(branch.Root, branch.Scope.VisibleFields.ToArray(), types);
            inputs.Add(root);
            inputSymbols.Add(symbols);
        }
        var outputs = firstFields.Select((f, i) => _context.Symbols.New(f.Name ?? $"_col{i}", types[i])).ToArray();
        PlanNode result = new UnionNode(inputs.ToArray(), outputs, inputSymbols.ToArray());
        if (last.Distinct)
        {
            result = new AggregationNode(result, outputs, []);
        }
        return new RelationPlan(result, parent.Create(outputs.Select((s, i) => new Field(firstFields[i].Name, null, s)).ToArray()));
    }

    private (PlanNode Root, NodeList<Symbol> Symbols) CoerceColumns(PlanNode root, IReadOnlyList<Field> fields, IReadOnlyList<SqlType> types)
    {
        if (fields.Select((f, i) => f.Symbol.Type == types[i]).All(same => same) && fields.Select(f => f.Symbol).Distinct().Count() == fields.Count)
        {
            return (root, fields.Select(f => f.Symbol).ToArray());
        }
        var assignments = fields.Select((f, i) => new Assignment(_context.Symbols.New(f.Name ?? $"_col{i}", types[i]),
            ExpressionBinder.Coerce(new SymbolReference(f.Symbol), types[i]))).ToArray();
        return (new ProjectNode(root, assignments), assignments.Select(a => a.Symbol).ToArray());
    }

    /// <summary>INTERSECT and EXCEPT: union both sides with a marker per side, count each side's copies per distinct row,
    /// and keep (DISTINCT) or replicate (ALL) rows according to the counts.</summary>
    private PlanNode PlanIntersectOrExcept(
        SetOperation operation, PlanNode leftRoot, NodeList<Symbol> leftSymbols, PlanNode rightRoot, NodeList<Symbol> rightSymbols, Symbol[] outputs)
    {
        Symbol leftMarker = _context.Symbols.New("left_marker", SqlType.Boolean);
        Symbol rightMarker = _context.Symbols.New("right_marker", SqlType.Boolean);
        PlanNode MarkSide(PlanNode root, NodeList<Symbol> symbols, bool isLeft, out NodeList<Symbol> marked)
        {
            Symbol l = _context.Symbols.Copy(leftMarker);
            Symbol r = _context.Symbols.Copy(rightMarker);
            var assignments = symbols.Select(s => new Assignment(s, new SymbolReference(s))).ToList();
            assignments.Add(new Assignment(l, isLeft ? ConstantExpression.True : ConstantExpression.Null(SqlType.Boolean)));
            assignments.Add(new Assignment(r, isLeft ? ConstantExpression.Null(SqlType.Boolean) : ConstantExpression.True));
            marked = symbols.Append(l).Append(r).ToArray();
            return new ProjectNode(root, assignments.ToArray());
        }
        PlanNode markedLeft = MarkSide(leftRoot, leftSymbols, true, out var leftMarked);
        PlanNode markedRight = MarkSide(rightRoot, rightSymbols, false, out var rightMarked);
        Symbol[] unionOutputs = [.. outputs, leftMarker, rightMarker];
        PlanNode union = new UnionNode([markedLeft, markedRight], unionOutputs, [leftMarked, rightMarked]);
        Symbol leftCount = _context.Symbols.New("left_count", SqlType.BigInt);
        Symbol rightCount = _context.Symbols.New("right_count", SqlType.BigInt);
        AggregateCall Count(Symbol marker)
        {
            var resolution = _context.Functions.Resolve("count", [SqlType.Boolean], Spi.Functions.FunctionKind.Aggregate, null);
            return new AggregateCall(new ResolvedAggregate(resolution.Binding, (Spi.Functions.IAggregateFunction)resolution.Entry.Implementation),
                [marker], false, null, NodeList<SortKey>.Empty);
        }
        PlanNode counted = new AggregationNode(union, outputs, [new AggregateAssignment(leftCount, Count(leftMarker)), new AggregateAssignment(rightCount, Count(rightMarker))]);
        BoundExpression zero = new ConstantExpression(0L, SqlType.BigInt);
        BoundExpression leftRef = new SymbolReference(leftCount);
        BoundExpression rightRef = new SymbolReference(rightCount);
        bool intersect = operation.Kind == SetOperationKind.Intersect;
        if (operation.Distinct)
        {
            BoundExpression predicate = intersect
                ? Expressions.LogicalExpression.And([_binder.Call("$greater_than", [leftRef, zero], null), _binder.Call("$greater_than", [rightRef, zero], null)])
                : Expressions.LogicalExpression.And([_binder.Call("$greater_than", [leftRef, zero], null), _binder.Call("$equal", [rightRef, zero], null)]);
            return new FilterNode(counted, predicate);
        }
        // ALL: emit min(l, r) (INTERSECT) or l - r (EXCEPT) copies of each row.
        Symbol copies = _context.Symbols.New("copies", SqlType.BigInt);
        BoundExpression copiesExpression = intersect
            ? new CaseExpression([_binder.Call("$less_than", [leftRef, rightRef], null)], [leftRef], rightRef, SqlType.BigInt)
            : _binder.Call("$subtract", [leftRef, rightRef], null);
        PlanNode withCopies = new ProjectNode(counted,
            outputs.Select(s => new Assignment(s, new SymbolReference(s))).Append(new Assignment(copies, copiesExpression)).ToArray());
        PlanNode positive = new FilterNode(withCopies, _binder.Call("$greater_than", [new SymbolReference(copies), zero], null));
        Symbol sequence = _context.Symbols.New("sequence", SqlType.CreateArray(SqlType.BigInt));
        PlanNode withSequence = new ProjectNode(positive,
            outputs.Select(s => new Assignment(s, new SymbolReference(s)))
                .Append(new Assignment(sequence, _binder.Call("sequence", [new ConstantExpression(1L, SqlType.BigInt), new SymbolReference(copies)], null)))
                .ToArray());
        Symbol element = _context.Symbols.New("copy", SqlType.BigInt);
        return new UnnestNode(withSequence, outputs, [new UnnestMapping(sequence, [element])], null, false);
    }
}
