using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Manifold.Bench.Micro;

/// <summary>The <c>micro</c> command: BenchmarkDotNet over the kernel benchmarks, with a short in-process job (the
/// machines are small and shared: one launch, 2 warm-up and 5 measured iterations of ~250 ms each). Any
/// BenchmarkDotNet argument works (<c>--filter *Join*</c>, <c>--list flat</c>, <c>--exporters json</c>).</summary>
internal static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        IConfig config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithLaunchCount(1)
                .WithWarmupCount(2)
                .WithIterationCount(5)
                .WithIterationTime(TimeInterval.FromMilliseconds(250))
                .WithId("Short"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new RowsPerSecondColumn());
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly).Run(args, config);
        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success))
            {
                return 1;
            }
        }
        return 0;
    }
}
