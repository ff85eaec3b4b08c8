using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

[WindowFunction("ntile", Description = "Bucket number (1 to n) of the row when the partition is split into n buckets as equal as possible, larger ones first.", Example = "ntile(4) OVER (ORDER BY x)")]
internal sealed class NtileFunction : IWindowFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("bigint", "bigint")];

    public IWindowKernel Specialize(BoundFunction function) => new WindowKernel(Process);

    private static void Process(WindowPartition partition, VectorBuilder output)
    {
        var builder = (FlatVectorBuilder<long>)output;
        Vector bucketsVector = partition.Arguments[0];
        int count = partition.RowCount;
        for (int row = 0; row < count; row++)
        {
            if (bucketsVector.IsNull(row))
            {
                builder.AppendNull();
                continue;
            }
            long buckets = WindowArguments.GetInt64(bucketsVector, row);
            if (buckets <= 0)
            {
                WindowErrors.InvalidArgument("Buckets must be greater than 0");
            }
            builder.Append(Bucket(buckets, row, count) + 1);
        }
    }

    /// <summary>Trino's split: the first <c>count % buckets</c> buckets hold one row more than the others.</summary>
    private static long Bucket(long buckets, int row, int count)
    {
        if (count < buckets)
        {
            return row;
        }
        long rowsPerBucket = count / buckets;
        long largeBuckets = count % buckets;
        long rowsInLargeBuckets = largeBuckets * (rowsPerBucket + 1);
        return row < rowsInLargeBuckets
            ? row / (rowsPerBucket + 1)
            : (row - rowsInLargeBuckets) / rowsPerBucket + largeBuckets;
    }
}
