using Manifold.Engine.Execution.Expressions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Keeps the rows for which the filter is TRUE and computes the projections over them.</summary>
/// <remarks>Order-preserving, streaming. The filter's conjuncts narrow the rows one after another, so later conjuncts run
/// only on rows that passed the earlier ones; projections run only on the surviving rows.</remarks>
internal sealed class FilterProjectOperator(IOperator input, VectorEvaluator[] conjuncts, VectorEvaluator[] projections, QueryContext context) : IOperator
{
    private readonly HashSet<int> _channels = Channels(conjuncts, projections);
    private int[] _selection = new int[Page.DefaultMaxRowCount];

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        while (await input.NextAsync(cancellationToken).ConfigureAwait(false) is { } page)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Page current = page;
            foreach (VectorEvaluator conjunct in conjuncts)
            {
                if (current.RowCount == 0)
                {
                    break;
                }
                Vector predicate = conjunct.Evaluate(current, context);
                if (_selection.Length < current.RowCount)
                {
                    _selection = new int[current.RowCount];
                }
                int kept = VectorOps.SelectTrue(predicate, _selection);
                if (kept < current.RowCount)
                {
                    current = VectorOps.TakeChannels(current, _selection.AsSpan(0, kept), _channels);
                }
            }
            if (current.RowCount == 0)
            {
                continue;
            }
            var columns = new Vector[projections.Length];
            for (int i = 0; i < columns.Length; i++)
            {
                columns[i] = projections[i].Evaluate(current, context);
            }
            return new Page(current.RowCount, columns);
        }
        return null;
    }

    public void Dispose() => input.Dispose();

    private static HashSet<int> Channels(VectorEvaluator[] conjuncts, VectorEvaluator[] projections)
    {
        var channels = new HashSet<int>();
        foreach (VectorEvaluator evaluator in conjuncts.Concat(projections))
        {
            evaluator.CollectChannels(channels);
        }
        return channels;
    }
}
