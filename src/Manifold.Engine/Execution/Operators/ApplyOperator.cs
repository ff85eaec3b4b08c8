using Manifold.Engine.Execution.Expressions;
using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Runs a correlated subquery once per input row (the fallback when a subquery could not be turned into a join).</summary>
/// <remarks>Order-preserving. For each row the subquery plan is instantiated with the row's correlation values as constants.</remarks>
internal sealed class ApplyOperator(
    IOperator input,
    Func<IReadOnlyDictionary<Symbol, object?>, IOperator> subquery,
    (Symbol Symbol, int Channel)[] correlation,
    ApplyKind kind,
    VectorEvaluator? value,
    IScalarKernel? comparison,
    bool all,
    bool leftLateral,
    SqlType[] subqueryTypes,
    QueryContext context) : IOperator
{
    private Page? _page;
    private int _row;

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        if (kind != ApplyKind.Lateral)
        {
            if (await input.NextAsync(cancellationToken).ConfigureAwait(false) is not { } page)
            {
                return null;
            }
            Vector? values = value?.Evaluate(page, context);
            VectorBuilder output = VectorBuilder.Create(kind == ApplyKind.Scalar ? subqueryTypes[0] : SqlType.Boolean, page.RowCount);
            for (int row = 0; row < page.RowCount; row++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await EvaluateRowAsync(page, row, values, output, cancellationToken).ConfigureAwait(false);
            }
            return new Page(page.RowCount, [.. page.Columns, output.Build()]);
        }
        while (true)
        {
            if (_page is null || _row >= _page.RowCount)
            {
                _page = await input.NextAsync(cancellationToken).ConfigureAwait(false);
                _row = 0;
                if (_page is null)
                {
                    return null;
                }
                continue;
            }
            Page current = _page;
            int row = _row++;
            var rows = await RunAsync(current, row, cancellationToken).ConfigureAwait(false);
            int count = rows.Sum(p => p.RowCount);
            if (count == 0 && !leftLateral)
            {
                continue;
            }
            int outputRows = Math.Max(count, 1);
            var positions = new int[outputRows];
            Array.Fill(positions, row);
            var columns = current.Columns.Select(c => c.Take(positions)).ToList();
            for (int c = 0; c < subqueryTypes.Length; c++)
            {
                columns.Add(count == 0 ? Vector.NullVector(subqueryTypes[c], 1) : Vector.Concat(subqueryTypes[c], rows.Select(p => p[c]).ToArray()));
            }
            return new Page(outputRows, columns.ToArray());
        }
    }

    private async ValueTask EvaluateRowAsync(Page page, int row, Vector? values, VectorBuilder output, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case ApplyKind.Exists:
            {
                using IOperator rows = Instantiate(page, row);
                bool exists = false;
                while (!exists && await rows.NextAsync(cancellationToken).ConfigureAwait(false) is { } result)
                {
                    exists = result.RowCount > 0;
                }
                output.AppendObject(exists);
                return;
            }
            case ApplyKind.Scalar:
            {
                var rows = await RunAsync(page, row, cancellationToken).ConfigureAwait(false);
                int count = rows.Sum(p => p.RowCount);
                if (count > 1)
                {
                    throw new ManifoldException(StandardErrorCode.SubqueryMultipleRows, "Scalar sub-query has returned multiple rows");
                }
                if (count == 0)
                {
                    output.AppendNull();
                }
                else
                {
                    Page single = rows.First(p => p.RowCount > 0);
                    output.AppendFrom(single[0], 0);
                }
                return;
            }
            case ApplyKind.Quantified:
            {
                var rows = await RunAsync(page, row, cancellationToken).ConfigureAwait(false);
                int count = rows.Sum(p => p.RowCount);
                if (count == 0)
                {
                    output.AppendObject(all);
                    return;
                }
                Vector candidates = Vector.Concat(subqueryTypes[0], rows.Where(p => p.RowCount > 0).Select(p => p[0]).ToArray());
                if (values!.IsNull(row))
                {
                    output.AppendNull();
                    return;
                }
                var probe = new ConstantVector(values.Slice(row, 1).Flatten(), count);
                var (matches, nulls) = VectorOps.Booleans(comparison!.Evaluate([probe, candidates], count, context.Functions));
                bool sawNull = false;
                bool decided = false;
                for (int i = 0; i < count && !decided; i++)
                {
                    if (nulls is not null && Bitmap.Get(nulls, i))
                    {
                        sawNull = true;
                    }
                    else if (matches[i] != all)
                    {
                        decided = true;
                    }
                }
                if (decided)
                {
                    output.AppendObject(!all);
                }
                else if (sawNull)
                {
                    output.AppendNull();
                }
                else
                {
                    output.AppendObject(all);
                }
                return;
            }
        }
    }

    private async ValueTask<List<Page>> RunAsync(Page page, int row, CancellationToken cancellationToken)
    {
        using IOperator rows = Instantiate(page, row);
        var pages = new List<Page>();
        while (await rows.NextAsync(cancellationToken).ConfigureAwait(false) is { } result)
        {
            if (result.RowCount > 0)
            {
                pages.Add(result);
            }
        }
        return pages;
    }

    private IOperator Instantiate(Page page, int row)
    {
        var bindings = new Dictionary<Symbol, object?>(correlation.Length);
        foreach (var (symbol, channel) in correlation)
        {
            bindings[symbol] = page[channel].GetObject(row);
        }
        return subquery(bindings);
    }

    public void Dispose() => input.Dispose();
}
