using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Expressions;

/// <summary>AND / OR with three-valued logic; each term is evaluated only on the rows the earlier terms left undecided.</summary>
internal sealed class LogicalEvaluator(bool isAnd, VectorEvaluator[] terms) : VectorEvaluator
{
    private readonly HashSet<int> _channels = CollectAll(terms);

    public override SqlType Type => SqlType.Boolean;

    public override Vector Evaluate(Page page, QueryContext context)
    {
        int count = page.RowCount;
        // decided[i]: the result is fixed (FALSE for AND, TRUE for OR); sawNull[i]: some term was NULL.
        var decided = new bool[count];
        bool[]? sawNull = null;
        int[] undecided = VectorOps.Identity(count);
        int undecidedCount = count;
        foreach (VectorEvaluator term in terms)
        {
            if (undecidedCount == 0)
            {
                break;
            }
            Page input = undecidedCount == count ? page : VectorOps.TakeChannels(page, undecided.AsSpan(0, undecidedCount), _channels);
            var (values, nulls) = VectorOps.Booleans(term.Evaluate(input, context));
            int kept = 0;
            for (int k = 0; k < undecidedCount; k++)
            {
                int row = undecided[k];
                if (nulls is not null && Bitmap.Get(nulls, k))
                {
                    sawNull ??= new bool[count];
                    sawNull[row] = true;
                    undecided[kept++] = row;
                }
                else if (values[k] != isAnd)
                {
                    decided[row] = true;
                }
                else
                {
                    undecided[kept++] = row;
                }
            }
            undecidedCount = kept;
        }
        var result = new bool[count];
        ulong[]? resultNulls = null;
        for (int i = 0; i < count; i++)
        {
            if (decided[i])
            {
                result[i] = !isAnd;
            }
            else if (sawNull is not null && sawNull[i])
            {
                resultNulls ??= Bitmap.Allocate(count);
                Bitmap.Set(resultNulls, i);
            }
            else
            {
                result[i] = isAnd;
            }
        }
        return new FlatVector<bool>(SqlType.Boolean, result, resultNulls, count);
    }

    public override void CollectChannels(HashSet<int> channels) => channels.UnionWith(_channels);

    internal static HashSet<int> CollectAll(IEnumerable<VectorEvaluator> evaluators)
    {
        var channels = new HashSet<int>();
        foreach (VectorEvaluator evaluator in evaluators)
        {
            evaluator.CollectChannels(channels);
        }
        return channels;
    }
}

/// <summary>Searched CASE: each result is evaluated only on the rows whose condition selects it.</summary>
internal sealed class CaseEvaluator(VectorEvaluator[] conditions, VectorEvaluator[] results, VectorEvaluator? defaultValue, SqlType type) : VectorEvaluator
{
    private readonly HashSet<int> _channels = LogicalEvaluator.CollectAll(
        defaultValue is null ? conditions.Concat(results) : conditions.Concat(results).Append(defaultValue));

    public override SqlType Type => type;

    public override Vector Evaluate(Page page, QueryContext context)
    {
        int count = page.RowCount;
        int[] remaining = VectorOps.Identity(count);
        int remainingCount = count;
        var parts = new List<(int[], int, Vector)>();
        for (int w = 0; w < conditions.Length && remainingCount > 0; w++)
        {
            Page input = Subset(page, remaining, remainingCount);
            var (values, nulls) = VectorOps.Booleans(conditions[w].Evaluate(input, context));
            var chosenLocal = new int[remainingCount];
            var chosenRows = new int[remainingCount];
            int chosen = 0;
            int kept = 0;
            for (int k = 0; k < remainingCount; k++)
            {
                if (values[k] && (nulls is null || !Bitmap.Get(nulls, k)))
                {
                    chosenLocal[chosen] = k;
                    chosenRows[chosen++] = remaining[k];
                }
                else
                {
                    remaining[kept++] = remaining[k];
                }
            }
            if (chosen > 0)
            {
                Page selected = chosen == input.RowCount ? input : VectorOps.TakeChannels(input, chosenLocal.AsSpan(0, chosen), _channels);
                parts.Add((chosenRows, chosen, results[w].Evaluate(selected, context)));
            }
            remainingCount = kept;
        }
        if (remainingCount > 0 && defaultValue is not null)
        {
            parts.Add((remaining, remainingCount, defaultValue.Evaluate(Subset(page, remaining, remainingCount), context)));
        }
        return parts.Count == 0 ? Vector.NullVector(type, count) : VectorOps.Merge(type, count, parts);
    }

    private Page Subset(Page page, int[] rows, int count)
        => count == page.RowCount ? page : VectorOps.TakeChannels(page, rows.AsSpan(0, count), _channels);

    public override void CollectChannels(HashSet<int> channels) => channels.UnionWith(_channels);
}

/// <summary>COALESCE: later operands are evaluated only on rows still NULL.</summary>
internal sealed class CoalesceEvaluator(VectorEvaluator[] operands, SqlType type) : VectorEvaluator
{
    private readonly HashSet<int> _channels = LogicalEvaluator.CollectAll(operands);

    public override SqlType Type => type;

    public override Vector Evaluate(Page page, QueryContext context)
    {
        int count = page.RowCount;
        Vector first = operands[0].Evaluate(page, context);
        if (!first.MayHaveNulls)
        {
            return first;
        }
        var parts = new List<(int[], int, Vector)>();
        int[] remaining = new int[count];
        int remainingCount = 0;
        int[] taken = new int[count];
        int takenCount = 0;
        for (int i = 0; i < count; i++)
        {
            if (first.IsNull(i))
            {
                remaining[remainingCount++] = i;
            }
            else
            {
                taken[takenCount++] = i;
            }
        }
        if (takenCount > 0)
        {
            parts.Add((taken, takenCount, first.Take(taken.AsSpan(0, takenCount))));
        }
        for (int o = 1; o < operands.Length && remainingCount > 0; o++)
        {
            Page input = VectorOps.TakeChannels(page, remaining.AsSpan(0, remainingCount), _channels);
            Vector value = operands[o].Evaluate(input, context);
            var nonNullLocal = new List<int>();
            var nonNullRows = new List<int>();
            int kept = 0;
            for (int k = 0; k < remainingCount; k++)
            {
                if (value.IsNull(k))
                {
                    remaining[kept++] = remaining[k];
                }
                else
                {
                    nonNullLocal.Add(k);
                    nonNullRows.Add(remaining[k]);
                }
            }
            if (nonNullRows.Count > 0)
            {
                parts.Add((nonNullRows.ToArray(), nonNullRows.Count, value.Take(nonNullLocal.ToArray())));
            }
            remainingCount = kept;
        }
        return VectorOps.Merge(type, count, parts);
    }

    public override void CollectChannels(HashSet<int> channels) => channels.UnionWith(_channels);
}

/// <summary>value IN (items): OR of equalities with SQL's NULL rules.</summary>
internal sealed class InEvaluator(VectorEvaluator value, VectorEvaluator[] items, Spi.Functions.IScalarKernel equal) : VectorEvaluator
{
    private readonly Vector[] _arguments = new Vector[2];

    public override SqlType Type => SqlType.Boolean;

    public override Vector Evaluate(Page page, QueryContext context)
    {
        int count = page.RowCount;
        Vector probe = value.Evaluate(page, context);
        var found = new bool[count];
        var sawNull = new bool[count];
        foreach (VectorEvaluator item in items)
        {
            _arguments[0] = probe;
            _arguments[1] = item.Evaluate(page, context);
            var (values, nulls) = VectorOps.Booleans(equal.Evaluate(_arguments, count, context.Functions));
            for (int i = 0; i < count; i++)
            {
                if (nulls is not null && Bitmap.Get(nulls, i))
                {
                    sawNull[i] = true;
                }
                else
                {
                    found[i] |= values[i];
                }
            }
        }
        ulong[]? resultNulls = null;
        for (int i = 0; i < count; i++)
        {
            if (!found[i] && sawNull[i])
            {
                resultNulls ??= Bitmap.Allocate(count);
                Bitmap.Set(resultNulls, i);
            }
        }
        return new FlatVector<bool>(SqlType.Boolean, found, resultNulls, count);
    }

    public override void CollectChannels(HashSet<int> channels)
    {
        value.CollectChannels(channels);
        foreach (VectorEvaluator item in items)
        {
            item.CollectChannels(channels);
        }
    }
}

/// <summary>TRY (and TRY_CAST): on a user error the batch is re-evaluated row by row, and failing rows become NULL.</summary>
internal sealed class TryEvaluator(VectorEvaluator inner) : VectorEvaluator
{
    private readonly HashSet<int> _channels = inner.Channels();

    public override SqlType Type => inner.Type;

    public override Vector Evaluate(Page page, QueryContext context)
    {
        try
        {
            return inner.Evaluate(page, context);
        }
        catch (Spi.Errors.ManifoldException e) when (IsCatchable(e))
        {
        }
        VectorBuilder builder = VectorBuilder.Create(inner.Type, page.RowCount);
        int[] one = new int[1];
        for (int row = 0; row < page.RowCount; row++)
        {
            one[0] = row;
            try
            {
                Vector value = inner.Evaluate(VectorOps.TakeChannels(page, one, _channels), context);
                builder.AppendFrom(value, 0);
            }
            catch (Spi.Errors.ManifoldException e) when (IsCatchable(e))
            {
                builder.AppendNull();
            }
        }
        return builder.Build();
    }

    public override void CollectChannels(HashSet<int> channels) => channels.UnionWith(_channels);

    /// <summary>The errors TRY turns into NULL, as in Trino.</summary>
    public static bool IsCatchable(Spi.Errors.ManifoldException e)
        => e.ErrorCode == Spi.Errors.StandardErrorCode.DivisionByZero
           || e.ErrorCode == Spi.Errors.StandardErrorCode.InvalidCastArgument
           || e.ErrorCode == Spi.Errors.StandardErrorCode.InvalidFunctionArgument
           || e.ErrorCode == Spi.Errors.StandardErrorCode.NumericValueOutOfRange;
}
