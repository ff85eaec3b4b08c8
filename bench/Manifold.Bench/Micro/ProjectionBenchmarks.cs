using BenchmarkDotNet.Attributes;

namespace Manifold.Bench.Micro;

/// <summary>Arithmetic projections over 1M rows.</summary>
[MemoryDiagnoser]
public class ProjectionBenchmarks
{
    [GlobalSetup]
    public void Setup() => BenchDatabase.EnsureCreated();

    /// <summary>TPC-H Q1's charge: decimal(12,2) × (1 − decimal) × (1 + decimal), a long decimal result.</summary>
    [Benchmark(OperationsPerInvoke = BenchDatabase.RowCount)]
    public Task<long> DecimalArithmetic() => BenchDatabase.CountRowsAsync("SELECT price * (1 - disc) * (1 + tax) FROM numbers");

    /// <summary>Bigint multiply, add and subtract.</summary>
    [Benchmark(OperationsPerInvoke = BenchDatabase.RowCount)]
    public Task<long> BigintArithmetic() => BenchDatabase.CountRowsAsync("SELECT n * 3 + k * 7 - fk FROM numbers");
}
