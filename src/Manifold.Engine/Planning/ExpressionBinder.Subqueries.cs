using Manifold.Engine.Analysis;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Sql.Tree;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using AstExpression = Manifold.Sql.Tree.Expression;

namespace Manifold.Engine.Planning;

internal sealed partial class ExpressionBinder
{
    private BoundExpression BindScalarSubquery(SubqueryExpression subquery, BindingContext binding)
    {
        var (plan, correlation) = queryPlanner.PlanSubquery(subquery.Query, binding.Scope);
        Symbol column = SingleColumn(plan, subquery);
        PlanNode subqueryRoot = ProjectTo(plan.Root, [column]);
        if (correlation.Count == 0)
        {
            PlanNode single = new EnforceSingleRowNode(subqueryRoot);
            binding.Plan = new JoinNode(JoinType.Inner, binding.Plan, single, [], null, binding.Plan.Outputs.Append(column).ToArray());
            return new SymbolReference(column);
        }
        Symbol output = context.Symbols.Copy(column);
        binding.Plan = new ApplyNode(binding.Plan, subqueryRoot, correlation.ToArray(), ApplyKind.Scalar, output);
        return new SymbolReference(output);
    }

    private BoundExpression BindExists(ExistsPredicate exists, BindingContext binding)
    {
        var (plan, correlation) = queryPlanner.PlanSubquery(exists.Subquery.Query, binding.Scope);
        Symbol output = context.Symbols.New("exists", SqlType.Boolean);
        binding.Plan = new ApplyNode(binding.Plan, plan.Root, correlation.ToArray(), ApplyKind.Exists, output);
        return new SymbolReference(output);
    }

    private BoundExpression BindQuantified(
        AstExpression valueExpression, ComparisonOperator op, bool all, SubqueryExpression subquery, BindingContext binding, SourceLocation? location)
    {
        BoundExpression value = Bind(valueExpression, binding);
        var (plan, correlation) = queryPlanner.PlanSubquery(subquery.Query, binding.Scope);
        Symbol column = SingleColumn(plan, subquery);
        SqlType type = TypeCoercion.CommonSuperType(value.Type, column.Type)
            ?? throw new ManifoldException(StandardErrorCode.TypeMismatch,
                $"Value expression and result of subquery must be of the same type: {value.Type.Name} vs {column.Type.Name}", location);
        PlanNode subqueryRoot = ProjectTo(plan.Root, [column]);
        if (column.Type != type)
        {
            Symbol coerced = context.Symbols.New(column.Name, type);
            subqueryRoot = new ProjectNode(subqueryRoot, [new Assignment(coerced, Coerce(new SymbolReference(column), type))]);
        }
        var comparison = ((CallExpression)Call(ComparisonName(op), [ConstantExpression.Null(type), ConstantExpression.Null(type)], location)).Function;
        Symbol output = context.Symbols.New(op == ComparisonOperator.Equal && !all ? "in" : "quantified", SqlType.Boolean);
        binding.Plan = new ApplyNode(binding.Plan, subqueryRoot, correlation.ToArray(), ApplyKind.Quantified, output, Coerce(value, type), comparison, all);
        return new SymbolReference(output);
    }

    private static Symbol SingleColumn(RelationPlan plan, Node node)
    {
        var fields = plan.Scope.VisibleFields.ToArray();
        if (fields.Length != 1)
        {
            throw new ManifoldException(StandardErrorCode.NotSupported,
                $"Multiple columns returned by subquery are not yet supported. Found {fields.Length}", At(node));
        }
        return fields[0].Symbol;
    }

    /// <summary>The plan restricted to the given outputs (a projection when it has others).</summary>
    public static PlanNode ProjectTo(PlanNode plan, IReadOnlyList<Symbol> symbols)
    {
        if (plan.Outputs.SequenceEqual(symbols))
        {
            return plan;
        }
        return new ProjectNode(plan, symbols.Select(s => new Assignment(s, new SymbolReference(s))).ToArray());
    }
}
