using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Spi.Memory;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Expressions;

/// <summary>Evaluates constant expressions at planning time by compiling them and running them over a one-row page.</summary>
internal sealed class ExpressionInterpreter(QueryContext context) : IExpressionInterpreter
{
    private static readonly Page s_singleRow = new(1);
    private static readonly Dictionary<Symbol, int> s_emptyLayout = [];

    /// <summary>An interpreter for a session outside of a running query (literals while planning).</summary>
    public static ExpressionInterpreter For(Session.Session session, DateTimeOffset start)
        => new(new QueryContext(session, "planning", start, new MemoryContext("planning", long.MaxValue), 1, 1, CancellationToken.None));

    public object? Evaluate(BoundExpression expression)
    {
        if (expression is ConstantExpression constant)
        {
            return constant.Value;
        }
        VectorEvaluator evaluator = ExpressionCompiler.Compile(expression, s_emptyLayout);
        return evaluator.Evaluate(s_singleRow, context).GetObject(0);
    }
}
