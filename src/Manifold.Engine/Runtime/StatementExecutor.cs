using Manifold.Engine.Execution;
using Manifold.Engine.Execution.Expressions;
using Manifold.Engine.Execution.Operators;
using Manifold.Engine.Optimizer;
using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Engine.Session;
using Manifold.Spi.Errors;
using Manifold.Spi.Memory;
using Manifold.Spi.Vectors;
using Manifold.Sql.Parsing;
using Manifold.Sql.Tree;

namespace Manifold.Engine.Runtime;

/// <summary>Runs one statement: queries through the planner, optimizer and executor; SHOW, DDL, session and prepared
/// statements directly.</summary>
internal sealed partial class StatementExecutor(ManifoldEngine engine)
{
    public async Task<QueryResult> ExecuteAsync(Session.Session session, string sql, string queryId, CancellationToken cancellationToken)
    {
        try
        {
            engine.Metadata.AccessControl.CheckCanExecuteQuery(session.Identity);
            Statement statement = Parse(sql);
            return await ExecuteAsync(session, statement, queryId, [], cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested && e.CancellationToken != cancellationToken)
        {
            // Statements that run to completion here (INSERT, CREATE TABLE AS) report the caller's token.
            throw new OperationCanceledException("The query was canceled", e, cancellationToken);
        }
        catch (Exception e) when (e is not ManifoldException and not OperationCanceledException)
        {
            throw Internal(e);
        }
    }

    /// <summary>The error for a statement whose plan is too deep for the stack of the optimizer or the executor (their
    /// recursive code calls <see cref="System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack"/>).</summary>
    public static ManifoldException TooLarge(Exception e)
        => new(StandardErrorCode.QueryTextTooLarge, "Statement is too large to run (stack overflow)", new SourceLocation(1, 1), e);

    /// <summary>Parses one statement, turning parse errors into SYNTAX_ERROR with the position.</summary>
    public static Statement Parse(string sql)
    {
        try
        {
            return SqlParser.ParseStatement(sql);
        }
        catch (SqlParseException e)
        {
            throw new ManifoldException(StandardErrorCode.SyntaxError, e.Message, new SourceLocation(e.Line, e.Column));
        }
    }

    /// <summary>Wraps an unexpected exception as GENERIC_INTERNAL_ERROR.</summary>
    public static ManifoldException Internal(Exception e) => e switch
    {
        ManifoldException manifold => manifold,
        InsufficientExecutionStackException => TooLarge(e),
        _ => new ManifoldException(StandardErrorCode.GenericInternalError, e.Message, null, e),
    };

    private Task<QueryResult> ExecuteAsync(
        Session.Session session, Statement statement, string queryId, IReadOnlyList<BoundExpression> parameters, CancellationToken cancellationToken)
    {
        return statement switch
        {
            Query query => Task.FromResult(RunQuery(session, query, queryId, parameters, cancellationToken)),
            ExplainStatement explain => ExplainAsync(session, explain, queryId, parameters, cancellationToken),
            ShowCatalogsStatement or ShowSchemasStatement or ShowTablesStatement or ShowColumnsStatement or ShowFunctionsStatement
                or ShowSessionStatement or ShowCreateStatement => Task.FromResult(Show(session, statement, queryId, cancellationToken)),
            UseStatement use => Task.FromResult(Use(session, use, queryId, cancellationToken)),
            SetSessionStatement set => Task.FromResult(SetSession(session, set, queryId)),
            ResetSessionStatement reset => Task.FromResult(ResetSession(reset, queryId)),
            PrepareStatement prepare => Task.FromResult(Prepare(prepare, queryId)),
            Sql.Tree.ExecuteStatement execute => ExecutePreparedAsync(session, execute, queryId, cancellationToken),
            ExecuteImmediateStatement immediate => ExecuteImmediateAsync(session, immediate, queryId, cancellationToken),
            DeallocateStatement deallocate => Task.FromResult(Deallocate(session, deallocate, queryId)),
            DescribeInputStatement describeInput => Task.FromResult(DescribeInput(session, describeInput, queryId)),
            DescribeOutputStatement describeOutput => Task.FromResult(DescribeOutput(session, describeOutput, queryId, cancellationToken)),
            StartTransactionStatement => Task.FromResult(StartTransaction(session, queryId)),
            CommitStatement => Task.FromResult(EndTransaction(session, queryId, "COMMIT")),
            RollbackStatement => Task.FromResult(EndTransaction(session, queryId, "ROLLBACK")),
            _ => ExecuteChangeAsync(session, statement, queryId, parameters, cancellationToken),
        };
    }

    /// <summary>The planning context for a statement.</summary>
    private PlannerContext CreatePlannerContext(Session.Session session, string queryId, IReadOnlyList<BoundExpression> parameters, CancellationToken cancellationToken)
    {
        DateTimeOffset start = engine.Options.TimeProvider.GetUtcNow();
        return new PlannerContext(session, engine.Metadata, ExpressionInterpreter.For(session, start), queryId, start, parameters, cancellationToken);
    }

    /// <summary>The execution context for a planned statement.</summary>
    private QueryContext CreateQueryContext(PlannerContext planner, CancellationToken cancellationToken)
    {
        Session.Session session = planner.Session;
        MemoryContext memory = engine.NodeMemory.CreateChild(planner.QueryId, engine.QueryMemoryLimit(session));
        return new QueryContext(session, planner.QueryId, planner.Start, memory,
            session.GetIntProperty(SystemSessionProperties.PageSize), session.GetIntProperty(SystemSessionProperties.TaskConcurrency), cancellationToken);
    }

    private static PlanNode Optimize(PlanNode plan, PlannerContext context) => Optimizers.Default.Optimize(plan, context);

    private QueryResult RunQuery(Session.Session session, Query query, string queryId, IReadOnlyList<BoundExpression> parameters, CancellationToken cancellationToken)
    {
        PlannerContext planner = CreatePlannerContext(session, queryId, parameters, cancellationToken);
        OutputNode logical = new QueryPlanner(planner).PlanOutput(query);
        CheckReads(planner, logical);
        return Start(planner, (OutputNode)Optimize(logical, planner), cancellationToken);
    }

    /// <summary>Starts executing an optimized plan; rows are produced as the result is read.</summary>
    private QueryResult Start(PlannerContext planner, OutputNode plan, CancellationToken cancellationToken)
    {
        var cancellation = new CancellationTokenSource();
        QueryContext context = CreateQueryContext(planner, cancellation.Token);
        IOperator root = new LocalExecutionPlanner(context, plan).CreateRoot(plan);
        var columns = plan.ColumnNames.Select((name, i) => new QueryColumn(name, plan.Columns[i].Type)).ToArray();
        _ = cancellationToken;
        return new QueryResult(planner.QueryId, columns, new ErrorWrappingOperator(root), null, context, () =>
        {
            context.Memory.SetBytes(0);
            cancellation.Dispose();
        }, cancellation)
        {
            PlanTextSource = new Lazy<string>(() => PlanPrinter.ToText(plan)),
        };
    }

    /// <summary>Runs a plan that produces one bigint row (a row count) to completion.</summary>
    /// <remarks>Checks first that the user may read what the plan reads.</remarks>
    private async Task<long> RunCountAsync(PlannerContext planner, PlanNode plan, CancellationToken cancellationToken)
    {
        CheckReads(planner, plan);
        plan = Optimize(plan, planner);
        QueryContext context = CreateQueryContext(planner, cancellationToken);
        try
        {
            using IOperator root = new LocalExecutionPlanner(context, plan).CreateOperator(plan);
            long count = 0;
            while (await root.NextAsync(cancellationToken).ConfigureAwait(false) is { } page)
            {
                if (page.RowCount > 0)
                {
                    count += (long)page[0].GetObject(0)!;
                }
            }
            return count;
        }
        finally
        {
            context.Memory.SetBytes(0);
        }
    }

    /// <summary>A result holding fixed rows (SHOW, DESCRIBE, EXPLAIN).</summary>
    private static QueryResult Rows(string queryId, IReadOnlyList<QueryColumn> columns, IEnumerable<object?[]> rows, SessionUpdate? update = null)
    {
        var builders = columns.Select(c => VectorBuilder.Create(c.Type, 16)).ToArray();
        int count = 0;
        foreach (object?[] row in rows)
        {
            for (int c = 0; c < builders.Length; c++)
            {
                builders[c].AppendObject(row[c]);
            }
            count++;
        }
        var pages = count == 0 ? [] : new[] { new Page(count, builders.Select(b => b.Build()).ToArray()) };
        return new QueryResult(queryId, columns, null, pages, null, null) { SessionUpdate = update ?? SessionUpdate.None };
    }

    /// <summary>A result for a statement without output rows.</summary>
    private static QueryResult Done(string queryId, string updateType, SessionUpdate? update = null, long? count = null)
        => new(queryId, [], null, [], null, null) { UpdateType = updateType, SessionUpdate = update ?? SessionUpdate.None, UpdateCount = count };

    /// <summary>Turns unexpected exceptions thrown while reading results into GENERIC_INTERNAL_ERROR.</summary>
    private sealed class ErrorWrappingOperator(IOperator inner) : IOperator
    {
        public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await inner.NextAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not ManifoldException and not OperationCanceledException)
            {
                throw Internal(e);
            }
        }

        public void Dispose() => inner.Dispose();
    }
}
