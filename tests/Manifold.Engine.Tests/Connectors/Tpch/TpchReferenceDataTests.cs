using System.Buffers;
using System.Globalization;
using Manifold.Engine.Connectors.Tpch;
using Manifold.Spi.Vectors;
using Manifold.Testing;

namespace Manifold.Engine.Tests.Connectors.Tpch;

/// <summary>TPC's published reference chunks (ref_data/MANIFEST.tsv): chunk k of n of a table at SF 1 .. 100000, generated
/// by skipping every stream ahead to the chunk's first row.</summary>
public sealed class TpchReferenceDataTests
{
    [Fact]
    public void Every_reference_chunk_has_the_published_md5()
    {
        IReadOnlyList<TpchFixtures.ReferenceChunk> chunks = TpchFixtures.ReferenceChunks();
        Assert.Equal(240, chunks.Count);
        var failures = new List<string>();
        foreach (TpchFixtures.ReferenceChunk chunk in chunks)
        {
            (long rows, byte[] bytes) = Generate(chunk);
            string md5 = TpchFixtures.Md5(bytes);
            if (rows != chunk.Rows || bytes.Length != chunk.Bytes || md5 != chunk.Md5)
            {
                failures.Add($"{chunk}: {rows} rows, {bytes.Length} bytes, md5 {md5}");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void Reference_chunks_match_the_files_byte_for_byte()
    {
        // The MD5 test above covers every chunk; this one diffs a few files so a failure shows the first bad line.
        string root = SharedCorpus.Require("tpch/ref_data");
        foreach (TpchFixtures.ReferenceChunk chunk in TpchFixtures.ReferenceChunks())
        {
            if (chunk.Chunk != chunk.Chunks || chunk.ScaleFactor is not ("1" or "100000"))
            {
                continue;
            }
            string[] expected = File.ReadAllText(Path.Combine(root, chunk.File)).Split('\n');
            string[] actual = System.Text.Encoding.ASCII.GetString(Generate(chunk).Bytes).Split('\n');
            Assert.Equal(expected, actual);
        }
    }

    internal static (long Rows, byte[] Bytes) Generate(TpchFixtures.ReferenceChunk chunk)
    {
        TpchTable table = TpchFixtures.ParseTable(chunk.Table);
        var scale = TpchScale.Create(double.Parse(chunk.ScaleFactor, CultureInfo.InvariantCulture));
        long units = scale.UnitCount(table);
        long perChunk = units / chunk.Chunks;
        long start = (chunk.Chunk - 1) * perChunk;
        long end = chunk.Chunk == chunk.Chunks ? units : start + perChunk;
        return Render(table, scale, start, end, Page.DefaultMaxRowCount);
    }

    internal static (long Rows, byte[] Bytes) Render(TpchTable table, TpchScale scale, long start, long end, int pageSize)
    {
        int[] ordinals = Enumerable.Range(0, TpchSchema.Columns(table).Length).ToArray();
        TpchGenerator generator = TpchGenerator.Create(table, scale, TpchDoubleTypeMapping.Decimal, ordinals, start, end);
        var formatter = new TpchRowFormatter(table, TpchFileFormat.Tbl);
        var output = new ArrayBufferWriter<byte>();
        long rows = 0;
        while (generator.NextPage(pageSize) is { } page)
        {
            formatter.Append(page, output);
            rows += page.RowCount;
        }
        return (rows, output.WrittenSpan.ToArray());
    }
}
