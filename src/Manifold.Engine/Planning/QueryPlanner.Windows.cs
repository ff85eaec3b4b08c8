using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Sql.Tree;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using AstExpression = Manifold.Sql.Tree.Expression;
using AstWindowFrame = Manifold.Sql.Tree.WindowFrame;
using WindowFrame = Manifold.Engine.Planning.Nodes.WindowFrame;

namespace Manifold.Engine.Planning;

internal sealed partial class QueryPlanner
{
    private Dictionary<FunctionCall, Symbol> PlanWindows(
        List<FunctionCall> calls, QuerySpecification specification, Scope sourceScope, PostAggregation? post, ref PlanNode plan)
    {
        var named = new Dictionary<string, WindowSpecification>(StringComparer.OrdinalIgnoreCase);
        foreach (WindowDefinition definition in specification.Windows)
        {
            if (!named.TryAdd(definition.Name.CanonicalValue, Resolve(definition.Specification, named)))
            {
                throw new ManifoldException(StandardErrorCode.InvalidWindowFrame,
                    $"WINDOW name '{definition.Name.Value}' specified more than once", ExpressionBinder.At(definition));
            }
        }
        var context = new BindingContext(sourceScope, plan, "Window function")
        {
            ReplaceCall = post is null ? null : post.ReplaceCall,
            Grouping = post?.Grouping,
        };
        BoundExpression BindWindowPart(AstExpression expression)
        {
            BoundExpression bound = _binder.Bind(expression, context);
            return post is null ? bound : post.Finish(bound, expression, "Window function");
        }

        var projected = new List<Assignment>();
        var projectedSymbols = new Dictionary<BoundExpression, Symbol>();
        Symbol Project(BoundExpression expression, string hint)
        {
            if (expression is SymbolReference reference)
            {
                return reference.Symbol;
            }
            if (!projectedSymbols.TryGetValue(expression, out Symbol? symbol))
            {
                symbol = _context.Symbols.New(hint, expression.Type);
                projectedSymbols[expression] = symbol;
                projected.Add(new Assignment(symbol, expression));
            }
            return symbol;
        }

        var groups = new List<(NodeList<Symbol> Partition, NodeList<SortKey> Order, List<WindowAssignment> Functions)>();
        var result = new Dictionary<FunctionCall, Symbol>();
        foreach (FunctionCall call in calls)
        {
            WindowSpecification window = call.Window switch
            {
                WindowSpecification inline => Resolve(inline, named),
                WindowReference reference => named.TryGetValue(reference.Name.CanonicalValue, out var found)
                    ? found
                    : throw new ManifoldException(StandardErrorCode.InvalidWindowFrame, $"Cannot resolve WINDOW name '{reference.Name.Value}'", ExpressionBinder.At(reference)),
                _ => throw new ManifoldException(StandardErrorCode.NotSupported, "Unsupported window", ExpressionBinder.At(call)),
            };
            string name = call.Name.Parts[^1].CanonicalValue;
            if (call.Distinct)
            {
                throw new ManifoldException(StandardErrorCode.NotSupported, "DISTINCT in window function parameters not yet supported", ExpressionBinder.At(call));
            }
            if (call.OrderBy is not null || call.Filter is not null)
            {
                throw new ManifoldException(StandardErrorCode.NotSupported, "ORDER BY and FILTER are not supported in window functions", ExpressionBinder.At(call));
            }
            var arguments = call.Arguments.Select(BindWindowPart).ToArray();
            var argumentTypes = arguments.Select(a => a.Type).ToArray();
            IWindowFunction? windowFunction = null;
            IAggregateFunction? aggregate = null;
            BoundFunction binding;
            if (_context.Functions.Exists(name, FunctionKind.Window))
            {
                var resolution = _context.Functions.Resolve(name, argumentTypes, FunctionKind.Window, ExpressionBinder.At(call));
                windowFunction = (IWindowFunction)resolution.Entry.Implementation;
                binding = resolution.Binding;
            }
            else if (_context.Functions.Exists(name, FunctionKind.Aggregate))
            {
                var resolution = _context.Functions.Resolve(name, argumentTypes, FunctionKind.Aggregate, ExpressionBinder.At(call));
                aggregate = (IAggregateFunction)resolution.Entry.Implementation;
                binding = resolution.Binding;
            }
            else
            {
                throw new ManifoldException(StandardErrorCode.FunctionNotWindow, $"Not a window function: {name}", ExpressionBinder.At(call));
            }
            var argumentSymbols = arguments.Select((a, i) => Project(ExpressionBinder.Coerce(a, binding.ArgumentTypes[i]), "warg")).ToArray();
            var partition = window.PartitionBy.Select(p => Project(BindWindowPart(p), "partition")).Distinct().ToArray();
            var order = window.OrderBy?.Items.Select(i => ToSortKey(i, Project(BindWindowPart(i.Key), "order"))).DistinctBy(k => k.Symbol).ToArray() ?? [];
            WindowFrame frame = PlanFrame(window.Frame, order, BindWindowPart, Project);
            if (call.NullTreatment == NullTreatment.Ignore && windowFunction is null)
            {
                throw new ManifoldException(StandardErrorCode.NullTreatmentNotAllowed,
                    $"Cannot specify null treatment clause for aggregate function '{name}'", ExpressionBinder.At(call));
            }
            Symbol output = _context.Symbols.New(name, binding.ReturnType);
            var assignment = new WindowAssignment(output, new WindowCall(binding, windowFunction, aggregate, argumentSymbols, frame, call.NullTreatment == NullTreatment.Ignore));
            int group = groups.FindIndex(g => g.Partition.Equals((NodeList<Symbol>)partition) && g.Order.Equals((NodeList<SortKey>)order));
            if (group < 0)
            {
                groups.Add((partition, order, [assignment]));
            }
            else
            {
                groups[group].Functions.Add(assignment);
            }
            result[call] = output;
        }
        plan = context.Plan;
        if (projected.Count > 0)
        {
            plan = new ProjectNode(plan, plan.Outputs.Select(s => new Assignment(s, new SymbolReference(s))).Concat(projected).ToArray());
        }
        foreach (var (partition, order, functions) in groups)
        {
            plan = new WindowNode(plan, partition, order, functions.ToArray());
        }
        return result;
    }

    private static WindowSpecification Resolve(WindowSpecification specification, Dictionary<string, WindowSpecification> named)
    {
        if (specification.ExistingWindowName is not { } existingName)
        {
            return specification;
        }
        if (!named.TryGetValue(existingName.CanonicalValue, out WindowSpecification? existing))
        {
            throw new ManifoldException(StandardErrorCode.InvalidWindowFrame, $"Cannot resolve WINDOW name '{existingName.Value}'", ExpressionBinder.At(existingName));
        }
        if (specification.PartitionBy.Count > 0)
        {
            throw new ManifoldException(StandardErrorCode.InvalidWindowFrame,
                $"WINDOW specification with named WINDOW reference cannot specify PARTITION BY", ExpressionBinder.At(specification));
        }
        if (specification.OrderBy is not null && existing.OrderBy is not null)
        {
            throw new ManifoldException(StandardErrorCode.InvalidWindowFrame,
                $"Cannot specify ORDER BY if referenced named WINDOW specifies ORDER BY", ExpressionBinder.At(specification));
        }
        return existing with
        {
            ExistingWindowName = null,
            OrderBy = specification.OrderBy ?? existing.OrderBy,
            Frame = specification.Frame ?? existing.Frame,
        };
    }

    private static WindowFrame PlanFrame(
        AstWindowFrame? frame, SortKey[] order, Func<AstExpression, BoundExpression> bind, Func<BoundExpression, string, Symbol> project)
    {
        if (frame is null)
        {
            return WindowFrame.Default;
        }
        WindowFrameUnit unit = frame.Type switch
        {
            FrameType.Rows => WindowFrameUnit.Rows,
            FrameType.Range => WindowFrameUnit.Range,
            FrameType.Groups => WindowFrameUnit.Groups,
        };
        FrameBound end = frame.End ?? new FrameBound(FrameBoundType.CurrentRow, null);
        if (frame.Start.Type == FrameBoundType.UnboundedFollowing)
        {
            throw new ManifoldException(StandardErrorCode.InvalidWindowFrame, "Window frame start cannot be UNBOUNDED FOLLOWING", ExpressionBinder.At(frame));
        }
        if (end.Type == FrameBoundType.UnboundedPreceding)
        {
            throw new ManifoldException(StandardErrorCode.InvalidWindowFrame, "Window frame end cannot be UNBOUNDED PRECEDING", ExpressionBinder.At(frame));
        }
        if (Rank(frame.Start.Type) > Rank(end.Type))
        {
            throw new ManifoldException(StandardErrorCode.InvalidWindowFrame,
                $"Window frame starting from {Describe(frame.Start.Type)} cannot end with {Describe(end.Type)}", ExpressionBinder.At(frame));
        }
        bool hasOffset = frame.Start.Type is FrameBoundType.Preceding or FrameBoundType.Following || end.Type is FrameBoundType.Preceding or FrameBoundType.Following;
        if (unit == WindowFrameUnit.Range && hasOffset && order.Length != 1)
        {
            throw new ManifoldException(StandardErrorCode.InvalidWindowFrame,
                "Window frame of type RANGE PRECEDING or FOLLOWING requires single sort item in ORDER BY", ExpressionBinder.At(frame));
        }
        if (unit == WindowFrameUnit.Groups && hasOffset && order.Length == 0)
        {
            throw new ManifoldException(StandardErrorCode.InvalidWindowFrame,
                "Window frame of type GROUPS PRECEDING or FOLLOWING requires ORDER BY", ExpressionBinder.At(frame));
        }
        Symbol? Offset(FrameBound bound)
        {
            if (bound.Offset is null)
            {
                return null;
            }
            BoundExpression offset = bind(bound.Offset);
            if (!(offset.Type.IsNumeric || offset.Type.Kind is TypeKind.IntervalDayToSecond or TypeKind.IntervalYearToMonth))
            {
                throw new ManifoldException(StandardErrorCode.TypeMismatch,
                    $"Window frame offset value must be numeric or an interval (actual {offset.Type.Name})", ExpressionBinder.At(bound.Offset));
            }
            if (unit == WindowFrameUnit.Range)
            {
                // Trino: numbers move numbers, intervals move dates and timestamps.
                SqlType key = order[0].Symbol.Type;
                bool numericKey = key.IsNumeric;
                bool temporalKey = key.Kind is TypeKind.Date or TypeKind.Timestamp;
                if (!numericKey && !temporalKey)
                {
                    throw new ManifoldException(StandardErrorCode.TypeMismatch,
                        $"Window frame of type RANGE PRECEDING or FOLLOWING requires that sort item type be numeric, datetime or interval (actual: {key.Name})",
                        ExpressionBinder.At(bound.Offset));
                }
                if (numericKey != offset.Type.IsNumeric)
                {
                    throw new ManifoldException(StandardErrorCode.TypeMismatch,
                        $"Window frame RANGE value type ({offset.Type.Name}) not compatible with sort item type ({key.Name})", ExpressionBinder.At(bound.Offset));
                }
            }
            else
            {
                if (!offset.Type.IsIntegral)
                {
                    throw new ManifoldException(StandardErrorCode.TypeMismatch,
                        $"Window frame {unit.ToString().ToUpperInvariant()} offset must be an integer (actual {offset.Type.Name})", ExpressionBinder.At(bound.Offset));
                }
                offset = ExpressionBinder.Coerce(offset, SqlType.BigInt);
            }
            return project(offset, "offset");
        }
        return new WindowFrame(unit, Kind(frame.Start.Type), Offset(frame.Start), Kind(end.Type), Offset(end));
    }

    private static WindowBoundKind Kind(FrameBoundType type) => type switch
    {
        FrameBoundType.UnboundedPreceding => WindowBoundKind.UnboundedPreceding,
        FrameBoundType.Preceding => WindowBoundKind.Preceding,
        FrameBoundType.CurrentRow => WindowBoundKind.CurrentRow,
        FrameBoundType.Following => WindowBoundKind.Following,
        FrameBoundType.UnboundedFollowing => WindowBoundKind.UnboundedFollowing,
    };

    private static int Rank(FrameBoundType type) => type switch
    {
        FrameBoundType.UnboundedPreceding => 0,
        FrameBoundType.Preceding => 1,
        FrameBoundType.CurrentRow => 2,
        FrameBoundType.Following => 3,
        FrameBoundType.UnboundedFollowing => 4,
    };

    private static string Describe(FrameBoundType type) => type switch
    {
        FrameBoundType.UnboundedPreceding => "UNBOUNDED PRECEDING",
        FrameBoundType.Preceding => "PRECEDING",
        FrameBoundType.CurrentRow => "CURRENT ROW",
        FrameBoundType.Following => "FOLLOWING",
        FrameBoundType.UnboundedFollowing => "UNBOUNDED FOLLOWING",
    };
}
