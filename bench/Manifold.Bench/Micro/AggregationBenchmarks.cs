using BenchmarkDotNet.Attributes;

namespace Manifold.Bench.Micro;

/// <summary>Hash aggregation of 1M rows by a bigint key: sum + count.</summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    [GlobalSetup]
    public void Setup() => BenchDatabase.EnsureCreated();

    [Benchmark(OperationsPerInvoke = BenchDatabase.RowCount)]
    public Task<long> Groups1K() => BenchDatabase.CountRowsAsync("SELECT g1k, sum(n), count(*) FROM numbers GROUP BY g1k");

    [Benchmark(OperationsPerInvoke = BenchDatabase.RowCount)]
    public Task<long> Groups1M() => BenchDatabase.CountRowsAsync("SELECT k, sum(n), count(*) FROM numbers GROUP BY k");
}
