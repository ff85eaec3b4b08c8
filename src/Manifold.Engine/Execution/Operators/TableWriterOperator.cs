using Manifold.Engine.Execution.Scheduling;
using Manifold.Spi.Connectors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Writes its input into a table through one page sink per worker, commits, and returns the row count.</summary>
/// <remarks>What the sinks hold until the commit (<see cref="IConnectorPageSink.MemoryUsage"/>) is charged to
/// <paramref name="memory"/>, a child of the query's memory.</remarks>
internal sealed class TableWriterOperator(
    IReadOnlyList<Func<IOperator>> workers, IConnector connector, ConnectorSession session, ConnectorTableHandle table,
    IReadOnlyList<ConnectorColumnHandle> columns, Spi.Memory.MemoryContext memory) : IOperator
{
    private bool _done;

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return null;
        }
        _done = true;
        IConnectorPageSinkProvider sinks = connector.PageSinkProvider
            ?? throw new Spi.Errors.ManifoldException(Spi.Errors.StandardErrorCode.NotSupported, "This connector does not support inserts");
        ConnectorInsertTableHandle insert = connector.Metadata.BeginInsert(session, table, columns);
        var pageSinks = workers.Select(_ => sinks.CreatePageSink(session, insert)).ToArray();
        var sinkMemory = workers.Select((_, i) => memory.CreateChild("PageSink" + i)).ToArray();
        long[] rows = new long[workers.Count];
        try
        {
            await ParallelDriver.RunAsync(workers, async (worker, page) =>
            {
                await pageSinks[worker].AppendAsync(page, cancellationToken).ConfigureAwait(false);
                rows[worker] += page.RowCount;
                sinkMemory[worker].SetBytes(pageSinks[worker].MemoryUsage);
            }, cancellationToken).ConfigureAwait(false);
            var fragments = new List<object>();
            foreach (IConnectorPageSink sink in pageSinks)
            {
                fragments.AddRange(await sink.FinishAsync(cancellationToken).ConfigureAwait(false));
            }
            connector.Metadata.FinishInsert(session, insert, fragments);
        }
        catch
        {
            foreach (IConnectorPageSink sink in pageSinks)
            {
                sink.Abort();
            }
            throw;
        }
        finally
        {
            foreach (Spi.Memory.MemoryContext sink in sinkMemory)
            {
                sink.SetBytes(0);
            }
        }
        return new Page(1, new FlatVector<long>(SqlType.BigInt, [rows.Sum()]));
    }

    public void Dispose()
    {
    }
}

/// <summary>DELETE or UPDATE: collects the row ids (and new values) of its input, applies them in one call, and returns the
/// number of rows changed.</summary>
internal sealed class TableChangeOperator(
    IOperator input, IConnector connector, ConnectorSession session, ConnectorTableHandle table, int rowIdChannel,
    IReadOnlyList<ConnectorColumnHandle> columns, int[] valueChannels, SqlType rowIdType, SqlType[] valueTypes,
    Spi.Memory.MemoryContext memory) : IOperator
{
    private bool _done;

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return null;
        }
        _done = true;
        var pages = new List<Page>();
        while (await input.NextAsync(cancellationToken).ConfigureAwait(false) is { } page)
        {
            if (page.RowCount > 0)
            {
                memory.Reserve(page.RetainedBytes);
                pages.Add(page);
            }
        }
        long changed = 0;
        if (pages.Count > 0)
        {
            Vector rowIds = Vector.Concat(rowIdType, pages.Select(p => p[rowIdChannel]).ToArray());
            if (columns.Count == 0)
            {
                changed = connector.Metadata.DeleteRows(session, table, rowIds);
            }
            else
            {
                var values = valueChannels.Select((c, i) => Vector.Concat(valueTypes[i], pages.Select(p => p[c]).ToArray())).ToArray();
                changed = connector.Metadata.UpdateRows(session, table, rowIds, columns, new Page(rowIds.Count, values));
            }
        }
        return new Page(1, new FlatVector<long>(SqlType.BigInt, [changed]));
    }

    public void Dispose()
    {
        memory.SetBytes(0);
        input.Dispose();
    }
}
