using Manifold.Engine.Functions.Aggregate;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Functions.Aggregate;

public sealed class AllocationTests
{
    private static long AllocatedByAdds(IAggregateFunction function, string name, SqlType type, Vector input)
    {
        IGroupedAccumulator accumulator = function.Specialize(SignatureBinder.Bind(name, function.Signatures, type)).Create();
        accumulator.EnsureCapacity(64);
        int[] groupIds = Enumerable.Range(0, input.Count).Select(i => i % 64).ToArray();
        Vector[] arguments = [input];
        accumulator.Add(groupIds, arguments, input.Count); // warm up: JIT and first-time state
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int page = 0; page < 100; page++)
        {
            accumulator.Add(groupIds, arguments, input.Count);
        }
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    public static TheoryData<string> HotFunctions() => ["count", "sum", "avg", "min", "max"];

    [Theory]
    [MemberData(nameof(HotFunctions))]
    public void Hot_accumulators_allocate_nothing_per_page(string name)
    {
        IAggregateFunction function = name switch
        {
            "count" => new CountFunction(),
            "sum" => new SumFunction(),
            "avg" => new AvgFunction(),
            "min" => new MinFunction(),
            _ => new MaxFunction(),
        };
        var random = new Random(4);
        object?[] values = Enumerable.Range(0, 2048).Select(i => i % 7 == 0 ? null : (object?)(long)random.Next(1000)).ToArray();
        Vector flat = AggregateHarness.Encode(SqlType.BigInt, values, random, InputEncoding.Flat);
        Assert.True(AllocatedByAdds(function, name, SqlType.BigInt, flat) < 1024);
        Vector dictionary = AggregateHarness.Encode(SqlType.BigInt, values, random, InputEncoding.Dictionary);
        Assert.True(AllocatedByAdds(function, name, SqlType.BigInt, dictionary) < 1024);
    }

    [Fact]
    public void Min_of_varchar_allocates_no_string_per_row()
    {
        var random = new Random(5);
        object?[] values = Enumerable.Range(0, 2048).Select(_ => (object?)RandomData.String(random)).ToArray();
        Vector flat = AggregateHarness.Encode(SqlType.Varchar, values, random, InputEncoding.Flat);
        // 100 pages of 2048 rows: a string per row would be megabytes.
        Assert.True(AllocatedByAdds(new MinFunction(), "min", SqlType.Varchar, flat) < 16 * 1024);
    }
}
