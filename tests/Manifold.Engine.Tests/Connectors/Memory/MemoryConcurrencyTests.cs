using Manifold.Spi.Connectors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Connectors.Memory;

public sealed class MemoryConcurrencyTests
{
    private const int PageRows = Page.DefaultMaxRowCount;

    [Fact]
    public void A_scan_keeps_reading_the_version_its_splits_were_made_on()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.InsertPages(table, catalog.Columns(table), MemoryReadWriteTests.Sequence(0, 3 * PageRows));
        IReadOnlyList<ConnectorSplit> splits = catalog.Splits(table, 1);
        using IConnectorPageSource source = catalog.Connector.PageSourceProvider.CreatePageSource(catalog.Session, splits[0], table, catalog.Columns(table));
        var seen = MemoryTestCatalog.Rows([source.GetNextPageAsync(CancellationToken.None).AsTask().Result!]);

        List<long> ids = catalog.RowIds(table);
        catalog.Metadata.DeleteRows(catalog.Session, table, new FlatVector<long>(SqlType.BigInt, ids.Skip(PageRows).Take(10).ToArray()));
        catalog.InsertPages(table, catalog.Columns(table), MemoryReadWriteTests.Sequence(-100, 100));
        catalog.Metadata.AddColumn(catalog.Session, table, new ColumnMetadata("b", SqlType.Varchar));
        while (source.GetNextPageAsync(CancellationToken.None).AsTask().Result is { } page)
        {
            seen.AddRange(MemoryTestCatalog.Rows([page]));
        }

        Assert.Equal(Enumerable.Range(0, 3 * PageRows).Select(i => $"({i})"), seen);
        Assert.Equal(3 * PageRows - 10 + 100, catalog.Read(table).Count);
    }

    [Fact]
    public void Parallel_inserts_from_several_threads_lose_no_rows()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("b", SqlType.Varchar));
        const int threads = 6;
        const int insertsPerThread = 20;
        using var start = new Barrier(threads);

        RunThreads(threads, thread =>
        {
            start.SignalAndWait();
            for (int i = 0; i < insertsPerThread; i++)
            {
                long first = (thread * insertsPerThread + i) * 1000L;
                int count = 1 + ((thread * 31 + i * 17) % 700);
                Page page = MemoryReadWriteTests.Sequence(first, count);
                var text = Enumerable.Range(0, count).Select(k => (string?)("t" + thread)).ToList();
                catalog.InsertPages(table, catalog.Columns(table), new Page(count, page[0], BytesVector.FromStrings(SqlType.Varchar, text)));
            }
        });

        var expected = new List<long>();
        for (int thread = 0; thread < threads; thread++)
        {
            for (int i = 0; i < insertsPerThread; i++)
            {
                long first = (thread * insertsPerThread + i) * 1000L;
                int count = 1 + ((thread * 31 + i * 17) % 700);
                expected.AddRange(Enumerable.Range(0, count).Select(k => first + k));
            }
        }
        List<Page> pages = catalog.ReadPages(table, catalog.Columns(table), catalog.Splits(table, 4));
        var actual = new List<long>();
        foreach (Page page in pages)
        {
            for (int r = 0; r < page.RowCount; r++)
            {
                actual.Add((long)page[0].GetObject(r)!);
                Assert.Equal("t" + ((long)page[0].GetObject(r)! / 1000 / insertsPerThread), page[1].GetObject(r));
            }
        }
        actual.Sort();
        expected.Sort();
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Count, catalog.RowIds(table).Distinct().Count());
        Assert.Equal(pages.Sum(p => p.RetainedBytes), catalog.Node.ReservedBytes);
    }

    [Fact]
    public void One_insert_written_by_several_sinks_in_parallel_commits_all_fragments()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        ConnectorInsertTableHandle insert = catalog.Metadata.BeginInsert(catalog.Session, table, catalog.Columns(table));
        const int writers = 4;
        var fragments = new IReadOnlyList<object>[writers];

        RunThreads(writers, writer =>
        {
            IConnectorPageSink sink = catalog.Connector.PageSinkProvider!.CreatePageSink(catalog.Session, insert);
            for (int chunk = 0; chunk < 5; chunk++)
            {
                sink.AppendAsync(MemoryReadWriteTests.Sequence(writer * 100_000L + chunk * 1000, 1000), CancellationToken.None).AsTask().Wait();
            }
            fragments[writer] = sink.FinishAsync(CancellationToken.None).AsTask().Result;
        });
        Assert.Empty(catalog.Read(table));
        catalog.Metadata.FinishInsert(catalog.Session, insert, fragments.SelectMany(f => f).ToList());

        var expected = Enumerable.Range(0, writers).SelectMany(w => Enumerable.Range(0, 5000).Select(i => $"({w * 100_000L + i})")).Order();
        Assert.Equal(expected, catalog.Read(table).Order());
    }

    [Fact]
    public void Readers_running_during_inserts_and_deletes_see_whole_commits_only()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("batch", ("id", SqlType.BigInt), ("size", SqlType.BigInt));
        const int batches = 40;
        var failures = new List<string>();
        using var writerDone = new CancellationTokenSource();

        Task writer = Task.Run(() =>
        {
            try
            {
                for (int batch = 0; batch < batches; batch++)
                {
                    int size = 1 + (batch * 397 % 3000);
                    var rows = Enumerable.Range(0, size).Select(_ => new object?[] { (long)batch, (long)size }).ToArray();
                    catalog.Insert(table, rows);
                    if (batch % 3 == 2)
                    {
                        // Delete a whole earlier batch in one call.
                        long victim = batch - 2;
                        var ids = new List<long>();
                        foreach (Page page in catalog.ReadPages(table, [catalog.Column(table, "id"), catalog.Metadata.GetRowIdColumnHandle(catalog.Session, table)!], catalog.Splits(table, 1)))
                        {
                            for (int r = 0; r < page.RowCount; r++)
                            {
                                if ((long)page[0].GetObject(r)! == victim)
                                {
                                    ids.Add((long)page[1].GetObject(r)!);
                                }
                            }
                        }
                        catalog.Metadata.DeleteRows(catalog.Session, table, new FlatVector<long>(SqlType.BigInt, ids.ToArray()));
                    }
                }
            }
            finally
            {
                writerDone.Cancel();
            }
        });
        Task[] readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            int scans = 0;
            while (!writerDone.IsCancellationRequested || scans < 3)
            {
                scans++;
                var counts = new Dictionary<long, long>();
                var sizes = new Dictionary<long, long>();
                foreach (Page page in catalog.ReadPages(table, catalog.Columns(table), catalog.Splits(table, 3)))
                {
                    for (int r = 0; r < page.RowCount; r++)
                    {
                        long id = (long)page[0].GetObject(r)!;
                        counts[id] = counts.GetValueOrDefault(id) + 1;
                        sizes[id] = (long)page[1].GetObject(r)!;
                    }
                }
                foreach (KeyValuePair<long, long> entry in counts)
                {
                    if (entry.Value != sizes[entry.Key])
                    {
                        lock (failures)
                        {
                            failures.Add($"batch {entry.Key}: saw {entry.Value} of {sizes[entry.Key]} rows");
                        }
                    }
                }
            }
        })).ToArray();

        Task.WaitAll([writer, .. readers]);

        Assert.Empty(failures);
        var remaining = catalog.Read(table, [catalog.Column(table, "id")]).Distinct().Count();
        Assert.Equal(batches - Enumerable.Range(0, batches).Count(b => b % 3 == 2), remaining);
    }

    /// <summary>Runs <paramref name="body"/> on <paramref name="count"/> dedicated threads (not pool threads, which a
    /// barrier could starve) and rethrows the first failure.</summary>
    private static void RunThreads(int count, Action<int> body)
    {
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, count).Select(i => new Thread(() =>
        {
            try
            {
                body(i);
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (errors.TryDequeue(out Exception? first))
        {
            throw new AggregateException(first);
        }
    }
}
