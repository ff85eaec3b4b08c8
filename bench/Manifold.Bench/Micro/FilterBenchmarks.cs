using BenchmarkDotNet.Attributes;

namespace Manifold.Bench.Micro;

/// <summary>Filters over 1M rows of <c>memory.bench.numbers</c>, against a plain scan as the baseline.</summary>
[MemoryDiagnoser]
public class FilterBenchmarks
{
    [GlobalSetup]
    public void Setup() => BenchDatabase.EnsureCreated();

    /// <summary>Scan and return one bigint column: the cost every other benchmark includes.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = BenchDatabase.RowCount)]
    public Task<long> Scan() => BenchDatabase.CountRowsAsync("SELECT n FROM numbers");

    /// <summary>Bigint comparison keeping 50% of the rows.</summary>
    [Benchmark(OperationsPerInvoke = BenchDatabase.RowCount)]
    public Task<long> BigintComparison() => BenchDatabase.CountRowsAsync("SELECT n FROM numbers WHERE k < 500000");

    /// <summary>Substring LIKE on an 18-byte varchar keeping ~5% of the rows.</summary>
    [Benchmark(OperationsPerInvoke = BenchDatabase.RowCount)]
    public Task<long> VarcharLike() => BenchDatabase.CountRowsAsync("SELECT n FROM numbers WHERE name LIKE '%12%'");
}
