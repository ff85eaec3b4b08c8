using Manifold.Engine.Analysis;
using Manifold.Engine.Planning;

namespace Manifold.Engine.Optimizer;

/// <summary>What rules may use: new symbols, function resolution, constant evaluation, statistics and the session.</summary>
internal sealed class RuleContext(PlannerContext planner, StatisticsProvider statistics)
{
    /// <summary>The planning context (session, metadata, symbols).</summary>
    public PlannerContext Planner => planner;

    /// <summary>New symbols.</summary>
    public SymbolAllocator Symbols => planner.Symbols;

    /// <summary>Function and operator resolution.</summary>
    public FunctionResolver Functions => planner.Functions;

    /// <summary>Evaluates constant expressions.</summary>
    public IExpressionInterpreter Interpreter => planner.Interpreter;

    /// <summary>Row count and column statistics estimates.</summary>
    public StatisticsProvider Statistics => statistics;
}
