using System.Diagnostics;
using System.Runtime.CompilerServices;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Records a plan node's output rows and time (including its inputs) around an operator, when given statistics;
/// refuses to pull from its input when the stack is nearly exhausted (pulling recurses once per plan level).</summary>
internal sealed class StatsOperator(IOperator inner, OperatorStats? stats) : IOperator
{
    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (stats is null)
        {
            return await inner.NextAsync(cancellationToken).ConfigureAwait(false);
        }
        long start = Stopwatch.GetTimestamp();
        Page? page = await inner.NextAsync(cancellationToken).ConfigureAwait(false);
        stats.RecordTime(Stopwatch.GetTimestamp() - start);
        if (page is not null)
        {
            stats.RecordOutput(page.RowCount);
        }
        return page;
    }

    public void Dispose() => inner.Dispose();
}
