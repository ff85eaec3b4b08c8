using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Manifold.Engine.Connectors.Tpch;
using Manifold.Testing;

namespace Manifold.Engine.Tests.Connectors.Tpch;

/// <summary>Access to the shared TPC-H check data: fixtures, CHECKSUMS.tsv and the TPC reference chunks.</summary>
internal static class TpchFixtures
{
    /// <summary>One line of fixtures/CHECKSUMS.tsv.</summary>
    public sealed record Checksum(string ScaleFactor, string Table, long Rows, long Bytes, string Md5);

    /// <summary>One line of ref_data/MANIFEST.tsv.</summary>
    public sealed record ReferenceChunk(string ScaleFactor, string Table, long Chunk, long Chunks, long Rows, long Bytes, string Md5, string File)
    {
        public override string ToString() => $"sf{ScaleFactor} {Table} {Chunk}/{Chunks}";
    }

    public static IReadOnlyList<Checksum> Checksums(string scaleFactor)
    {
        string path = SharedCorpus.Require("tpch/fixtures/CHECKSUMS.tsv");
        var result = new List<Checksum>();
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] f = line.Split('\t');
            if (f[0] == scaleFactor)
            {
                result.Add(new Checksum(f[0], f[1], long.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3], CultureInfo.InvariantCulture), f[4]));
            }
        }
        return result;
    }

    public static IReadOnlyList<ReferenceChunk> ReferenceChunks()
    {
        string path = SharedCorpus.Require("tpch/ref_data/MANIFEST.tsv");
        var result = new List<ReferenceChunk>();
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] f = line.Split('\t');
            result.Add(new ReferenceChunk(f[0], f[1], long.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3], CultureInfo.InvariantCulture),
                long.Parse(f[4], CultureInfo.InvariantCulture), long.Parse(f[5], CultureInfo.InvariantCulture), f[6], f[7]));
        }
        return result;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<TpchTable, string[][]> s_tinyFields = new();

    /// <summary>The fields of every line of fixtures/sf0.01/&lt;table&gt;.tbl.gz (cached; do not modify).</summary>
    public static string[][] TinyFields(TpchTable table)
        => s_tinyFields.GetOrAdd(table, static t => Array.ConvertAll(TinyLines(t), line => line.Split('|')));

    /// <summary>The lines of fixtures/sf0.01/&lt;table&gt;.tbl.gz, without their line ends.</summary>
    public static string[] TinyLines(TpchTable table)
    {
        string name = TpchDataWriter.FileName(table, TpchFileFormat.Tbl);
        string path = SharedCorpus.Require($"tpch/fixtures/sf0.01/{name}.gz");
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        string text = reader.ReadToEnd();
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static string Md5(byte[] bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));

    public static string Md5OfFile(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(MD5.HashData(stream));
    }

    public static TpchTable ParseTable(string name)
        => TpchDataWriter.TryParseTable(name, out TpchTable table) ? table : throw new ArgumentException($"Unknown table {name}");
}
