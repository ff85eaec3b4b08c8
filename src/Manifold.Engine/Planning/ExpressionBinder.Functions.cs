using Manifold.Engine.Planning.Expressions;
using Manifold.Sql.Tree;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Planning;

internal sealed partial class ExpressionBinder
{
    private BoundExpression BindFunctionCall(FunctionCall call, BindingContext binding)
    {
        if (binding.ReplaceCall?.Invoke(call) is { } replacement)
        {
            return replacement;
        }
        string name = call.Name.Parts[^1].CanonicalValue;
        if (call.Window is not null)
        {
            throw new ManifoldException(StandardErrorCode.ExpressionNotScalar,
                $"{binding.Clause} cannot contain window functions: [{Sql.Formatting.SqlFormatter.Format(call)}]", At(call));
        }
        if (name == "grouping")
        {
            return BindGrouping(call, binding);
        }
        if (IsAggregateCall(call))
        {
            throw new ManifoldException(StandardErrorCode.ExpressionNotScalar,
                $"{binding.Clause} cannot contain aggregations, window functions or grouping operations: [{Sql.Formatting.SqlFormatter.Format(call)}]", At(call));
        }
        if (call.Distinct || call.Filter is not null || call.OrderBy is not null || call.NullTreatment != NullTreatment.Unspecified)
        {
            throw new ManifoldException(StandardErrorCode.FunctionNotAggregate,
                $"DISTINCT, FILTER, ORDER BY and IGNORE/RESPECT NULLS are only allowed with aggregate and window functions: {name}", At(call));
        }
        if (context.Functions.Exists(name, FunctionKind.Window) && !context.Functions.Exists(name, FunctionKind.Scalar))
        {
            throw new ManifoldException(StandardErrorCode.MissingOver, $"Window function {name} requires an OVER clause", At(call));
        }
        var arguments = call.Arguments.Select(a => Bind(a, binding)).ToArray();
        return Call(name, arguments, At(call));
    }

    /// <summary>Whether a call (without OVER) is an aggregate: its name has aggregate overloads and no scalar ones.</summary>
    public bool IsAggregateCall(FunctionCall call)
    {
        if (call.Window is not null)
        {
            return false;
        }
        string name = call.Name.Parts[^1].CanonicalValue;
        return context.Functions.Exists(name, FunctionKind.Aggregate) && !context.Functions.Exists(name, FunctionKind.Scalar);
    }

    private BoundExpression BindGrouping(FunctionCall call, BindingContext binding)
    {
        if (binding.Grouping is not { } grouping)
        {
            throw new ManifoldException(StandardErrorCode.ExpressionNotScalar,
                $"{binding.Clause} cannot contain aggregations, window functions or grouping operations: [{Sql.Formatting.SqlFormatter.Format(call)}]", At(call));
        }
        if (call.Arguments.Count == 0 || call.Arguments.Count > 62)
        {
            throw new ManifoldException(StandardErrorCode.InvalidArguments, "grouping() takes between 1 and 62 arguments", At(call));
        }
        var indexes = new int[call.Arguments.Count];
        for (int i = 0; i < indexes.Length; i++)
        {
            BoundExpression argument = Bind(call.Arguments[i], new BindingContext(binding.Scope, binding.Plan, binding.Clause));
            indexes[i] = IndexOf(grouping.Keys, argument);
            if (indexes[i] < 0)
            {
                throw new ManifoldException(StandardErrorCode.InvalidArguments,
                    "The arguments to GROUPING() must be expressions referenced by the GROUP BY", At(call.Arguments[i]));
            }
        }
        long Mask(IReadOnlyList<int> set)
        {
            long mask = 0;
            for (int i = 0; i < indexes.Length; i++)
            {
                if (!set.Contains(indexes[i]))
                {
                    mask |= 1L << (indexes.Length - 1 - i);
                }
            }
            return mask;
        }
        if (grouping.GroupId is null)
        {
            return new ConstantExpression(Mask(Enumerable.Range(0, grouping.Keys.Count).ToArray()), SqlType.BigInt);
        }
        var conditions = new List<BoundExpression>();
        var results = new List<BoundExpression>();
        for (int s = 0; s < grouping.Sets.Count; s++)
        {
            conditions.Add(Call("$equal", [new SymbolReference(grouping.GroupId), new ConstantExpression((long)s, SqlType.BigInt)], At(call)));
            results.Add(new ConstantExpression(Mask(grouping.Sets[s]), SqlType.BigInt));
        }
        return new CaseExpression(conditions, results, null, SqlType.BigInt);
    }

    private static int IndexOf(IReadOnlyList<BoundExpression> keys, BoundExpression expression)
    {
        for (int i = 0; i < keys.Count; i++)
        {
            if (keys[i].Equals(expression))
            {
                return i;
            }
        }
        return -1;
    }
}
