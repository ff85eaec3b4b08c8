using BenchmarkDotNet.Attributes;

namespace Manifold.Bench.Micro;

/// <summary>Hash join on one bigint key: build 100K rows (<c>dim</c>), probe 1M rows (<c>numbers</c>), every probe row
/// matching one build row. Rows/s counts probe rows.</summary>
[MemoryDiagnoser]
public class JoinBenchmarks
{
    [GlobalSetup]
    public void Setup() => BenchDatabase.EnsureCreated();

    [Benchmark(OperationsPerInvoke = BenchDatabase.RowCount)]
    public Task<long> BuildAndProbe() => BenchDatabase.CountRowsAsync("SELECT f.n, d.dv FROM numbers f JOIN dim d ON f.fk = d.dk");
}
