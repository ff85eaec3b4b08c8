using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using Manifold.Spi.Errors;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Writes TPC-H tables as files byte-identical to dbgen's (<c>lineitem.tbl</c>, ...), or as CSV; the engine of
/// <c>manifold tpch gen</c>.</summary>
/// <remarks>
/// Each table is cut into chunks that all cores generate at once (each chunk skips its random streams ahead, see
/// <see cref="TpchGenerator"/>); the chunks are written in order, so the file is the same whatever the parallelism.
/// Memory stays bounded: at most two chunks (a few MiB each) per thread are held, plus the shared 300 MiB text pool.
/// </remarks>
public static class TpchDataWriter
{
    /// <summary>About this many rows per chunk.</summary>
    private const long ChunkRows = 32_768;

    /// <summary>The table names (<c>customer</c>, <c>orders</c>, ...), in Trino's order.</summary>
    public static IReadOnlyList<string> TableNames { get; } = Array.ConvertAll(TpchSchema.Tables, TpchSchema.TableName);

    /// <summary>The table with this name (case-insensitive), e.g. <c>lineitem</c>.</summary>
    public static bool TryParseTable(string name, out TpchTable table)
        => TpchSchema.TryParseTable(name.Trim().ToLowerInvariant(), out table);

    /// <summary>The file name dbgen uses for a table (<c>lineitem.tbl</c>), or <c>lineitem.csv</c>.</summary>
    public static string FileName(TpchTable table, TpchFileFormat format) => format switch
    {
        TpchFileFormat.Tbl => TpchSchema.TableName(table) + ".tbl",
        TpchFileFormat.Csv => TpchSchema.TableName(table) + ".csv",
    };

    /// <summary>Writes the tables; returns one entry per file, in the order written.</summary>
    /// <exception cref="ManifoldException">The scale factor is not usable (INVALID_ARGUMENTS).</exception>
    public static async Task<IReadOnlyList<TpchWrittenFile>> WriteAsync(TpchDataWriterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        TpchScale scale = TpchScale.TryCreate(options.ScaleFactor)
            ?? throw new ManifoldException(StandardErrorCode.InvalidArguments,
                $"TPC-H scale factor must be at least 0.0001 and at most {TpchScale.MaxScaleFactor.ToString(CultureInfo.InvariantCulture)}: " +
                options.ScaleFactor.ToString(CultureInfo.InvariantCulture));
        IReadOnlyList<TpchTable> tables = options.Tables is { Count: > 0 } chosen ? chosen : TpchSchema.Tables;
        int parallelism = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount;
        Directory.CreateDirectory(options.OutputDirectory);
        var written = new List<TpchWrittenFile>(tables.Count);
        foreach (TpchTable table in tables)
        {
            string path = Path.GetFullPath(Path.Combine(options.OutputDirectory, FileName(table, options.Format)));
            written.Add(await WriteTableAsync(table, scale, path, options, parallelism, cancellationToken).ConfigureAwait(false));
        }
        return written;
    }

    private static async Task<TpchWrittenFile> WriteTableAsync(
        TpchTable table, TpchScale scale, string path, TpchDataWriterOptions options, int parallelism, CancellationToken cancellationToken)
    {
        long units = scale.UnitCount(table);
        long unitsPerChunk = table is TpchTable.LineItem or TpchTable.PartSupp ? ChunkRows / 4 : ChunkRows;
        long chunkCount = (units + unitsPerChunk - 1) / unitsPerChunk;
        var buffers = new ConcurrentBag<ArrayBufferWriter<byte>>();
        using var gate = new SemaphoreSlim(parallelism);
        var pending = new Queue<Task<Chunk>>();
        long rows = 0;
        long bytes = 0;
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        bool complete = false;
        try
        {
            if (options.Format == TpchFileFormat.Csv && options.CsvHeader)
            {
                var header = new ArrayBufferWriter<byte>();
                new TpchRowFormatter(table, options.Format).AppendHeader(header);
                await file.WriteAsync(header.WrittenMemory, cancellationToken).ConfigureAwait(false);
                bytes += header.WrittenCount;
            }
            long next = 0;
            for (long chunk = 0; chunk < chunkCount; chunk++)
            {
                // Keep up to two chunks per thread in flight; the semaphore bounds how many generate at once.
                while (next < chunkCount && pending.Count < 2 * parallelism)
                {
                    long start = next * unitsPerChunk;
                    long end = Math.Min(units, start + unitsPerChunk);
                    pending.Enqueue(GenerateChunkAsync(table, scale, options.Format, start, end, buffers, gate, cancellationToken));
                    next++;
                }
                Chunk done = await pending.Dequeue().ConfigureAwait(false);
                await file.WriteAsync(done.Buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                rows += done.Rows;
                bytes += done.Buffer.WrittenCount;
                done.Buffer.ResetWrittenCount();
                buffers.Add(done.Buffer);
            }
            complete = true;
        }
        finally
        {
            // On failure or cancellation, let the chunks still running finish before the gate goes away.
            while (pending.Count > 0)
            {
                try
                {
                    await pending.Dequeue().ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // The first failure is already propagating.
                }
            }
            await file.DisposeAsync().ConfigureAwait(false);
            if (!complete)
            {
                File.Delete(path);   // no truncated table left behind
            }
        }
        return new TpchWrittenFile(table, path, rows, bytes);
    }

    private static async Task<Chunk> GenerateChunkAsync(
        TpchTable table, TpchScale scale, TpchFileFormat format, long start, long end,
        ConcurrentBag<ArrayBufferWriter<byte>> buffers, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => GenerateChunk(table, scale, format, start, end, buffers, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private static Chunk GenerateChunk(
        TpchTable table, TpchScale scale, TpchFileFormat format, long start, long end,
        ConcurrentBag<ArrayBufferWriter<byte>> buffers, CancellationToken cancellationToken)
    {
        int columnCount = TpchSchema.Columns(table).Length;
        Span<int> ordinals = stackalloc int[columnCount];
        for (int i = 0; i < ordinals.Length; i++)
        {
            ordinals[i] = i;
        }
        TpchGenerator generator = TpchGenerator.Create(table, scale, TpchDoubleTypeMapping.Decimal, ordinals, start, end);
        var formatter = new TpchRowFormatter(table, format);
        ArrayBufferWriter<byte> buffer = buffers.TryTake(out ArrayBufferWriter<byte>? reused) ? reused : new ArrayBufferWriter<byte>(1 << 20);
        long rows = 0;
        while (generator.NextPage(Page.DefaultMaxRowCount) is { } page)
        {
            cancellationToken.ThrowIfCancellationRequested();
            formatter.Append(page, buffer);
            rows += page.RowCount;
        }
        return new Chunk(buffer, rows);
    }

    private readonly record struct Chunk(ArrayBufferWriter<byte> Buffer, long Rows);
}
