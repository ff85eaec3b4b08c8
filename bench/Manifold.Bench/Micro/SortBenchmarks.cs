using BenchmarkDotNet.Attributes;

namespace Manifold.Bench.Micro;

/// <summary>Full sorts of 1M rows (no LIMIT) by a scrambled unique key.</summary>
[MemoryDiagnoser]
public class SortBenchmarks
{
    [GlobalSetup]
    public void Setup() => BenchDatabase.EnsureCreated();

    [Benchmark(OperationsPerInvoke = BenchDatabase.RowCount)]
    public Task<long> ByBigint() => BenchDatabase.CountRowsAsync("SELECT n, k FROM numbers ORDER BY k");

    [Benchmark(OperationsPerInvoke = BenchDatabase.RowCount)]
    public Task<long> ByVarchar() => BenchDatabase.CountRowsAsync("SELECT n, name FROM numbers ORDER BY name");
}
