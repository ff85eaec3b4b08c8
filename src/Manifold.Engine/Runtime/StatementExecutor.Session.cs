using Manifold.Engine.Metadata;
using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Engine.Session;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Sql.Formatting;
using Manifold.Sql.Tree;

namespace Manifold.Engine.Runtime;

internal sealed partial class StatementExecutor
{
    private QueryResult Use(Session.Session session, UseStatement use, string queryId, CancellationToken cancellationToken)
    {
        string catalogName = use.Catalog?.CanonicalValue ?? session.Catalog
            ?? throw new ManifoldException(StandardErrorCode.MissingCatalogName, "Catalog must be specified when session catalog is not set", ExpressionBinder.At(use));
        CatalogEntry catalog = engine.Metadata.GetCatalog(session.Identity, catalogName, ExpressionBinder.At(use));
        string schema = use.Schema.CanonicalValue;
        var connectorSession = MetadataManager.CreateConnectorSession(session, queryId, catalog.Name, DateTimeOffset.UtcNow, cancellationToken);
        if (!engine.Metadata.SchemaExists(connectorSession, catalog, schema))
        {
            throw new ManifoldException(StandardErrorCode.SchemaNotFound, $"Schema does not exist: {catalog.Name}.{schema}", ExpressionBinder.At(use.Schema));
        }
        return Done(queryId, "USE", new SessionUpdate { SetCatalog = catalog.Name, SetSchema = schema });
    }

    private QueryResult SetSession(Session.Session session, SetSessionStatement set, string queryId)
    {
        string name = string.Join('.', set.Name.Parts.Select(p => p.CanonicalValue));
        object? value = EvaluateConstant(session, queryId, set.Value);
        string text = value switch
        {
            null => throw new ManifoldException(StandardErrorCode.InvalidSessionProperty, $"Session property '{name}' cannot be null", ExpressionBinder.At(set.Value)),
            bool b => b ? "true" : "false",
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
        };
        if (set.Name.Parts.Count == 1)
        {
            if (!SystemSessionProperties.All.TryGetValue(name, out SessionPropertyDefinition? definition))
            {
                throw new ManifoldException(StandardErrorCode.InvalidSessionProperty, $"Session property '{name}' does not exist", ExpressionBinder.At(set.Name));
            }
            if (definition.Validate?.Invoke(text) is { } error)
            {
                throw new ManifoldException(StandardErrorCode.InvalidSessionProperty, $"{name} {error}", ExpressionBinder.At(set.Value));
            }
            AccessControl.CheckCanSetSystemSessionProperty(session.Identity, definition.Name);
        }
        else
        {
            string catalogName = set.Name.Parts[0].CanonicalValue;
            CatalogEntry catalog = engine.Metadata.GetCatalog(session.Identity, catalogName, ExpressionBinder.At(set.Name));
            string property = set.Name.Parts[^1].CanonicalValue;
            AccessControl.CheckCanSetCatalogSessionProperty(session.Identity, catalog.Name, property);
            if (!catalog.Connector.SessionProperties.Any(p => p.Name.Equals(property, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ManifoldException(StandardErrorCode.InvalidSessionProperty, $"Session property '{name}' does not exist", ExpressionBinder.At(set.Name));
            }
        }
        return Done(queryId, "SET SESSION", new SessionUpdate { SetProperties = new Dictionary<string, string> { [name] = text } });
    }

    private static QueryResult ResetSession(ResetSessionStatement reset, string queryId)
    {
        string name = string.Join('.', reset.Name.Parts.Select(p => p.CanonicalValue));
        if (reset.Name.Parts.Count == 1 && !SystemSessionProperties.All.ContainsKey(name))
        {
            throw new ManifoldException(StandardErrorCode.InvalidSessionProperty, $"Session property '{name}' does not exist", ExpressionBinder.At(reset.Name));
        }
        return Done(queryId, "RESET SESSION", new SessionUpdate { ResetProperties = [name] });
    }

    private static QueryResult Prepare(PrepareStatement prepare, string queryId)
    {
        if (prepare.Statement is PrepareStatement or Sql.Tree.ExecuteStatement or DeallocateStatement)
        {
            throw new ManifoldException(StandardErrorCode.NotSupported, "Invalid statement type for prepared statement: " + prepare.Statement.GetType().Name.Replace("Statement", "", StringComparison.Ordinal).ToUpperInvariant(), ExpressionBinder.At(prepare.Statement));
        }
        string sql = SqlFormatter.Format(prepare.Statement);
        return Done(queryId, "PREPARE", new SessionUpdate { AddedPreparedStatements = new Dictionary<string, string> { [prepare.Name.CanonicalValue] = sql } });
    }

    private QueryResult Deallocate(Session.Session session, DeallocateStatement deallocate, string queryId)
    {
        string name = deallocate.Name.CanonicalValue;
        if (!session.PreparedStatements.ContainsKey(name))
        {
            throw new ManifoldException(StandardErrorCode.NotFound, $"Prepared statement not found: {name}", ExpressionBinder.At(deallocate.Name));
        }
        return Done(queryId, "DEALLOCATE", new SessionUpdate { DeallocatedPreparedStatements = [name] });
    }

    private Task<QueryResult> ExecutePreparedAsync(Session.Session session, Sql.Tree.ExecuteStatement execute, string queryId, CancellationToken cancellationToken)
    {
        string name = execute.Name.CanonicalValue;
        if (!session.PreparedStatements.TryGetValue(name, out string? sql))
        {
            throw new ManifoldException(StandardErrorCode.NotFound, $"Prepared statement not found: {name}", ExpressionBinder.At(execute.Name));
        }
        return ExecuteWithParametersAsync(session, Parse(sql), execute.Parameters, queryId, execute, cancellationToken);
    }

    private Task<QueryResult> ExecuteImmediateAsync(Session.Session session, ExecuteImmediateStatement immediate, string queryId, CancellationToken cancellationToken)
        => ExecuteWithParametersAsync(session, Parse(immediate.Statement.Value), immediate.Parameters, queryId, immediate, cancellationToken);

    private Task<QueryResult> ExecuteWithParametersAsync(
        Session.Session session, Statement statement, IReadOnlyList<Expression> values, string queryId, Node node, CancellationToken cancellationToken)
    {
        int expected = CountParameters(statement);
        if (expected != values.Count)
        {
            throw new ManifoldException(StandardErrorCode.InvalidParameterUsage,
                $"Incorrect number of parameters: expected {expected} but found {values.Count}", ExpressionBinder.At(node));
        }
        var parameters = values.Select(v =>
        {
            BoundExpression bound = BindConstant(session, queryId, v);
            return (BoundExpression)new ConstantExpression(ExpressionInterpreterFor(session).Evaluate(bound), bound.Type);
        }).ToArray();
        return ExecuteAsync(session, statement, queryId, parameters, cancellationToken);
    }

    private static int CountParameters(Node node)
    {
        int count = node is Parameter ? 1 : 0;
        foreach (Node child in node.Children)
        {
            count += CountParameters(child);
        }
        return count;
    }

    private QueryResult DescribeInput(Session.Session session, DescribeInputStatement describe, string queryId)
    {
        string name = describe.Name.CanonicalValue;
        if (!session.PreparedStatements.TryGetValue(name, out string? sql))
        {
            throw new ManifoldException(StandardErrorCode.NotFound, $"Prepared statement not found: {name}", ExpressionBinder.At(describe.Name));
        }
        int count = CountParameters(Parse(sql));
        return Rows(queryId, [new("Position", SqlType.BigInt), new("Type", SqlType.Varchar)],
            Enumerable.Range(0, count).Select(i => new object?[] { (long)i, "unknown" }));
    }

    private QueryResult DescribeOutput(Session.Session session, DescribeOutputStatement describe, string queryId, CancellationToken cancellationToken)
    {
        string name = describe.Name.CanonicalValue;
        if (!session.PreparedStatements.TryGetValue(name, out string? sql))
        {
            throw new ManifoldException(StandardErrorCode.NotFound, $"Prepared statement not found: {name}", ExpressionBinder.At(describe.Name));
        }
        Statement statement = Parse(sql);
        var columns = new List<object?[]>();
        if (statement is Query query)
        {
            var nulls = Enumerable.Range(0, CountParameters(statement)).Select(_ => (BoundExpression)ConstantExpression.Null(SqlType.Unknown)).ToArray();
            PlannerContext planner = CreatePlannerContext(session, queryId, nulls, cancellationToken);
            OutputNode output = new QueryPlanner(planner).PlanOutput(query);
            CheckReads(planner, output);
            for (int i = 0; i < output.Columns.Count; i++)
            {
                columns.Add([output.ColumnNames[i], "", "", "", output.Columns[i].Type.Name, (long)0, false]);
            }
        }
        return Rows(queryId,
        [
            new("Column Name", SqlType.Varchar), new("Catalog", SqlType.Varchar), new("Schema", SqlType.Varchar), new("Table", SqlType.Varchar),
            new("Type", SqlType.Varchar), new("Type Size", SqlType.BigInt), new("Aliased", SqlType.Boolean),
        ], columns);
    }

    private static QueryResult StartTransaction(Session.Session session, string queryId)
    {
        if (session.TransactionId is not null)
        {
            throw new ManifoldException(StandardErrorCode.NotSupported, "Nested transactions not supported");
        }
        return Done(queryId, "START TRANSACTION", new SessionUpdate { StartedTransactionId = Guid.NewGuid().ToString() });
    }

    private static QueryResult EndTransaction(Session.Session session, string queryId, string kind)
    {
        if (session.TransactionId is null)
        {
            throw new ManifoldException(StandardErrorCode.NotInTransaction, "No transaction in progress");
        }
        return Done(queryId, kind, new SessionUpdate { ClearTransactionId = true });
    }

    private static Execution.Expressions.ExpressionInterpreter ExpressionInterpreterFor(Session.Session session)
        => Execution.Expressions.ExpressionInterpreter.For(session, DateTimeOffset.UtcNow);

    /// <summary>Binds an expression that may not reference columns (SET SESSION values, EXECUTE parameters, CALL arguments).</summary>
    private BoundExpression BindConstant(Session.Session session, string queryId, Expression expression)
    {
        PlannerContext planner = CreatePlannerContext(session, queryId, [], CancellationToken.None);
        var binder = new QueryPlanner(planner).Binder;
        var context = new BindingContext(new Scope([]), new ValuesNode([], [Sql.Tree.NodeList<BoundExpression>.Empty]), "constant expression");
        BoundExpression bound = binder.Bind(expression, context);
        if (context.Plan is not ValuesNode)
        {
            throw new ManifoldException(StandardErrorCode.ExpressionNotConstant, "Constant expression cannot contain a subquery", ExpressionBinder.At(expression));
        }
        return bound;
    }

    private object? EvaluateConstant(Session.Session session, string queryId, Expression expression)
        => ExpressionInterpreterFor(session).Evaluate(BindConstant(session, queryId, expression));
}
