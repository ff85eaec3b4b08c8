using Manifold.Engine.Functions.Conversion;
using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Execution.Expressions;

/// <summary>Compiles bound expressions into vectorized evaluators over a page layout (symbol → channel).</summary>
internal static class ExpressionCompiler
{
    /// <summary>Compiles <paramref name="expression"/>; symbols are read from the channels given by <paramref name="layout"/>.</summary>
    public static VectorEvaluator Compile(BoundExpression expression, IReadOnlyDictionary<Symbol, int> layout) => expression switch
    {
        SymbolReference reference => layout.TryGetValue(reference.Symbol, out int channel)
            ? new ChannelEvaluator(channel, reference.Type)
            : throw new ManifoldException(StandardErrorCode.GenericInternalError, $"Symbol {reference.Symbol} is not in the input layout"),
        ConstantExpression constant => new ConstantEvaluator(constant.Type, constant.Value),
        CallExpression call => new CallEvaluator(
            call.Function.Implementation.Specialize(call.Function.Binding),
            call.Arguments.Select(a => Compile(a, layout)).ToArray(),
            call.Type),
        CastExpression cast => CompileCast(cast, layout),
        LogicalExpression logical => new LogicalEvaluator(logical.IsAnd, logical.Terms.Select(t => Compile(t, layout)).ToArray()),
        NotExpression not => new NotEvaluator(Compile(not.Value, layout)),
        IsNullExpression isNull => new IsNullEvaluator(Compile(isNull.Value, layout)),
        CaseExpression caseExpression => new CaseEvaluator(
            caseExpression.Conditions.Select(c => Compile(c, layout)).ToArray(),
            caseExpression.Results.Select(r => Compile(r, layout)).ToArray(),
            caseExpression.Default is null ? null : Compile(caseExpression.Default, layout),
            caseExpression.Type),
        CoalesceExpression coalesce => new CoalesceEvaluator(coalesce.Operands.Select(o => Compile(o, layout)).ToArray(), coalesce.Type),
        InExpression inExpression => new InEvaluator(
            Compile(inExpression.Value, layout),
            inExpression.Items.Select(i => Compile(i, layout)).ToArray(),
            inExpression.Equal.Implementation.Specialize(inExpression.Equal.Binding)),
        TryExpression tryExpression => new TryEvaluator(Compile(tryExpression.Inner, layout)),
        FieldReferenceExpression field => new FieldReferenceEvaluator(Compile(field.Row, layout), field.Index, field.Type),
        SubscriptExpression subscript => new SubscriptEvaluator(Compile(subscript.Base, layout), Compile(subscript.Index, layout), subscript.Type),
        ArrayConstructorExpression array => new ArrayConstructorEvaluator(array.Elements.Select(e => Compile(e, layout)).ToArray(), array.ArrayType),
        RowConstructorExpression row => new RowConstructorEvaluator(row.Fields.Select(f => Compile(f, layout)).ToArray(), row.RowType),
        _ => throw new ManifoldException(StandardErrorCode.GenericInternalError, $"Cannot compile {expression.GetType().Name}"),
    };

    private static VectorEvaluator CompileCast(CastExpression cast, IReadOnlyDictionary<Symbol, int> layout)
    {
        VectorEvaluator value = Compile(cast.Value, layout);
        if (cast.Value.Type == cast.TargetType)
        {
            return value;
        }
        if (!CastKernels.TryCreate(cast.Value.Type, cast.TargetType, out IScalarKernel kernel))
        {
            throw new ManifoldException(StandardErrorCode.TypeMismatch, $"Cannot cast {cast.Value.Type.Name} to {cast.TargetType.Name}");
        }
        VectorEvaluator evaluator = new CallEvaluator(kernel, [value], cast.TargetType);
        return cast.Safe ? new TryEvaluator(evaluator) : evaluator;
    }
}
