using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Sql.Tree;

namespace Manifold.Engine.Planning;

/// <summary>Where an expression is bound: the visible names, the plan that subqueries attach to, and hooks that map
/// aggregate and window calls (and grouped expressions) to the symbols computed for them.</summary>
public sealed class BindingContext
{
    /// <summary>Creates a context over a scope and the plan producing its fields.</summary>
    public BindingContext(Scope scope, PlanNode plan, string clause)
    {
        Scope = scope;
        Plan = plan;
        Clause = clause;
    }

    /// <summary>The visible names.</summary>
    public Scope Scope { get; }

    /// <summary>The plan the expression will be evaluated over; subqueries wrap it in applies or joins.</summary>
    public PlanNode Plan { get; set; }

    /// <summary>The clause being bound, for messages ("WHERE clause", "SELECT clause", …).</summary>
    public string Clause { get; }

    /// <summary>Maps an aggregate or window call to the symbol computed for it, or null when it is not one.</summary>
    public Func<FunctionCall, BoundExpression?>? ReplaceCall { get; init; }

    /// <summary>Extra names visible before the scope (SELECT aliases in ORDER BY): name → expression.</summary>
    public IReadOnlyDictionary<string, BoundExpression>? Aliases { get; init; }

    /// <summary>Context for <c>grouping(…)</c>: the grouping keys' source expressions and the set index symbol.</summary>
    public GroupingContext? Grouping { get; init; }
}

/// <summary>What <c>grouping(a, b, …)</c> needs: the expression of each grouping key, which keys each grouping set holds,
/// and the symbol holding the current set's index.</summary>
public sealed record GroupingContext(IReadOnlyList<BoundExpression> Keys, IReadOnlyList<IReadOnlyList<int>> Sets, Symbol? GroupId);
