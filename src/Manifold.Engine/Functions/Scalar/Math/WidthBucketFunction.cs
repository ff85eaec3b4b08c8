using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("width_bucket", Description = "The bucket of x in an equi-width histogram of n buckets over [bound1, bound2), or in sorted bins.",
    Example = "width_bucket(5.3, 0.2, 10.6, 5) = 3")]
internal sealed class WidthBucketFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("bigint", "double", "double", "double", "bigint"),
        FunctionSignature.Of("bigint", "double", "array(double)"),
    ];

    public IScalarKernel Specialize(BoundFunction function)
        => function.ArgumentTypes.Count == 4 ? new EquiWidthKernel() : new BinsKernel();

    internal static long Bucket(double operand, double bound1, double bound2, long bucketCount)
    {
        if (bucketCount <= 0)
        {
            FunctionErrors.InvalidArgument("bucketCount must be greater than 0");
        }
        if (double.IsNaN(operand))
        {
            FunctionErrors.InvalidArgument("operand must not be NaN");
        }
        if (!double.IsFinite(bound1))
        {
            FunctionErrors.InvalidArgument("first bound must be finite");
        }
        if (!double.IsFinite(bound2))
        {
            FunctionErrors.InvalidArgument("second bound must be finite");
        }
        if (bound1 == bound2)
        {
            FunctionErrors.InvalidArgument("bounds cannot equal each other");
        }
        double lower = System.Math.Min(bound1, bound2);
        double upper = System.Math.Max(bound1, bound2);
        long result;
        if (operand < lower)
        {
            result = 0;
        }
        else if (operand >= upper)
        {
            if (bucketCount == long.MaxValue)
            {
                FunctionErrors.OutOfRange($"Bucket for value {operand} is out of range");
            }
            result = bucketCount + 1;
        }
        else
        {
            result = (long)(bucketCount * (operand - lower) / (upper - lower) + 1);
        }
        return bound1 > bound2 ? bucketCount - result + 1 : result;
    }

    private sealed class EquiWidthKernel() : ScalarKernel(SqlType.BigInt)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            FixedReader<double> operand = FixedReader<double>.Of(arguments[0]);
            FixedReader<double> bound1 = FixedReader<double>.Of(arguments[1]);
            FixedReader<double> bound2 = FixedReader<double>.Of(arguments[2]);
            FixedReader<long> count = FixedReader<long>.Of(arguments[3]);
            var result = new FixedResult<long>(rowCount, NullMask.Union(arguments, rowCount));
            for (int row = 0; row < rowCount; row++)
            {
                if (!result.IsNull(row))
                {
                    result.Values[row] = Bucket(operand[row], bound1[row], bound2[row], count[row]);
                }
            }
            return result.Build(SqlType.BigInt);
        }
    }

    private sealed class BinsKernel() : ScalarKernel(SqlType.BigInt)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            FixedReader<double> operand = FixedReader<double>.Of(arguments[0]);
            ArrayReader bins = ArrayReader.Of(arguments[1]);
            FixedReader<double> elements = FixedReader<double>.Of(bins.Elements);
            var result = new FixedResult<long>(rowCount, NullMask.Union(arguments, rowCount));
            for (int row = 0; row < rowCount; row++)
            {
                if (result.IsNull(row))
                {
                    continue;
                }
                int start = bins.Start(row);
                int count = bins.Length(row);
                double value = operand[row];
                if (count == 0)
                {
                    FunctionErrors.InvalidArgument("Bins cannot be an empty array");
                }
                if (double.IsNaN(value))
                {
                    FunctionErrors.InvalidArgument("Operand cannot be NaN");
                }
                int lower = 0;
                int upper = count;
                while (lower < upper)
                {
                    if (elements[start + lower] > elements[start + upper - 1])
                    {
                        FunctionErrors.InvalidArgument("Bin values are not sorted in ascending order");
                    }
                    int index = (lower + upper) / 2;
                    double bin = elements[start + index];
                    if (!double.IsFinite(bin))
                    {
                        FunctionErrors.InvalidArgument($"Bin value must be finite, got {bin}");
                    }
                    if (value < bin)
                    {
                        upper = index;
                    }
                    else
                    {
                        lower = index + 1;
                    }
                }
                result.Values[row] = lower;
            }
            return result.Build(SqlType.BigInt);
        }
    }
}
