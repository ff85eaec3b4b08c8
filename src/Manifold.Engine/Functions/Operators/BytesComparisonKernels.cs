using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Operators;

/// <summary>Comparison kernels over variable-length values: varchar and varbinary compare bytes (for UTF-8 that is
/// code point order), char compares as if the shorter value were padded with blanks.</summary>
internal static class BytesComparisonKernels
{
    public static IScalarKernel Create(ComparisonKind kind, bool padded)
    {
        if (kind == ComparisonKind.IsDistinctFrom)
        {
            return new DistinctKernel();
        }
        return (kind, padded) switch
        {
            (ComparisonKind.Equal, _) => new Kernel<EqualTest>(),
            (ComparisonKind.NotEqual, _) => new Kernel<NotEqualTest>(),
            (ComparisonKind.LessThan, false) => new Kernel<LessTest<Ordinal>>(),
            (ComparisonKind.LessThanOrEqual, false) => new Kernel<LessOrEqualTest<Ordinal>>(),
            (ComparisonKind.GreaterThan, false) => new Kernel<GreaterTest<Ordinal>>(),
            (ComparisonKind.GreaterThanOrEqual, false) => new Kernel<GreaterOrEqualTest<Ordinal>>(),
            (ComparisonKind.LessThan, true) => new Kernel<LessTest<Padded>>(),
            (ComparisonKind.LessThanOrEqual, true) => new Kernel<LessOrEqualTest<Padded>>(),
            (ComparisonKind.GreaterThan, true) => new Kernel<GreaterTest<Padded>>(),
            (ComparisonKind.GreaterThanOrEqual, true) => new Kernel<GreaterOrEqualTest<Padded>>(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>Compares char values stored without trailing blanks as if both were padded to the same length.</summary>
    public static int ComparePadded(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        int common = Math.Min(left.Length, right.Length);
        int comparison = left[..common].SequenceCompareTo(right[..common]);
        if (comparison != 0)
        {
            return comparison;
        }
        ReadOnlySpan<byte> rest = left.Length > common ? left[common..] : right[common..];
        int sign = left.Length > common ? 1 : -1;
        foreach (byte b in rest)
        {
            if (b != (byte)' ')
            {
                return b > (byte)' ' ? sign : -sign;
            }
        }
        return 0;
    }

    private interface IOrder
    {
        static abstract int Compare(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right);
    }

    private readonly struct Ordinal : IOrder
    {
        public static int Compare(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) => left.SequenceCompareTo(right);
    }

    private readonly struct Padded : IOrder
    {
        public static int Compare(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) => ComparePadded(left, right);
    }

    private interface ITest
    {
        static abstract bool Test(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right);
    }

    private readonly struct EqualTest : ITest
    {
        public static bool Test(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) => left.SequenceEqual(right);
    }

    private readonly struct NotEqualTest : ITest
    {
        public static bool Test(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) => !left.SequenceEqual(right);
    }

    private readonly struct LessTest<TOrder> : ITest
        where TOrder : IOrder
    {
        public static bool Test(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) => TOrder.Compare(left, right) < 0;
    }

    private readonly struct LessOrEqualTest<TOrder> : ITest
        where TOrder : IOrder
    {
        public static bool Test(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) => TOrder.Compare(left, right) <= 0;
    }

    private readonly struct GreaterTest<TOrder> : ITest
        where TOrder : IOrder
    {
        public static bool Test(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) => TOrder.Compare(left, right) > 0;
    }

    private readonly struct GreaterOrEqualTest<TOrder> : ITest
        where TOrder : IOrder
    {
        public static bool Test(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) => TOrder.Compare(left, right) >= 0;
    }

    private sealed class Kernel<TTest> : IScalarKernel
        where TTest : ITest
    {
        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
            => Run(arguments[0], arguments[1], rowCount);

        private static Vector Run(Vector left, Vector right, int rowCount)
        {
            if (left is ConstantVector leftConstant)
            {
                if (leftConstant.IsNullValue)
                {
                    return Vector.NullVector(SqlType.Boolean, rowCount);
                }
                if (right is ConstantVector rightConstant)
                {
                    return rightConstant.IsNullValue
                        ? Vector.NullVector(SqlType.Boolean, rowCount)
                        : VectorViews.Constant(SqlType.Boolean,
                            TTest.Test(VectorViews.ConstantBytes(leftConstant), VectorViews.ConstantBytes(rightConstant)), rowCount);
                }
                if (right is DictionaryVector dictionary && dictionary.Dictionary.Count <= rowCount)
                {
                    Vector mapped = Run(new ConstantVector(leftConstant.Value, dictionary.Dictionary.Count), dictionary.Dictionary,
                        dictionary.Dictionary.Count);
                    return new DictionaryVector(mapped, dictionary.Ids, rowCount);
                }
                BytesVector flat = VectorViews.Bytes(right);
                ReadOnlySpan<byte> constant = VectorViews.ConstantBytes(leftConstant);
                var result = new bool[rowCount];
                int[] offsets = flat.Offsets;
                byte[] data = flat.Data;
                for (int i = 0; i < result.Length; i++)
                {
                    result[i] = TTest.Test(constant, new ReadOnlySpan<byte>(data, offsets[i], offsets[i + 1] - offsets[i]));
                }
                return new FlatVector<bool>(SqlType.Boolean, result, flat.Nulls, rowCount);
            }
            if (right is ConstantVector rightOnly)
            {
                if (rightOnly.IsNullValue)
                {
                    return Vector.NullVector(SqlType.Boolean, rowCount);
                }
                if (left is DictionaryVector dictionary && dictionary.Dictionary.Count <= rowCount)
                {
                    Vector mapped = Run(dictionary.Dictionary, new ConstantVector(rightOnly.Value, dictionary.Dictionary.Count),
                        dictionary.Dictionary.Count);
                    return new DictionaryVector(mapped, dictionary.Ids, rowCount);
                }
                BytesVector flat = VectorViews.Bytes(left);
                ReadOnlySpan<byte> constant = VectorViews.ConstantBytes(rightOnly);
                var result = new bool[rowCount];
                int[] offsets = flat.Offsets;
                byte[] data = flat.Data;
                for (int i = 0; i < result.Length; i++)
                {
                    result[i] = TTest.Test(new ReadOnlySpan<byte>(data, offsets[i], offsets[i + 1] - offsets[i]), constant);
                }
                return new FlatVector<bool>(SqlType.Boolean, result, flat.Nulls, rowCount);
            }
            BytesVector leftFlat = VectorViews.Bytes(left);
            BytesVector rightFlat = VectorViews.Bytes(right);
            var results = new bool[rowCount];
            for (int i = 0; i < results.Length; i++)
            {
                results[i] = TTest.Test(leftFlat.GetBytes(i), rightFlat.GetBytes(i));
            }
            return new FlatVector<bool>(SqlType.Boolean, results, VectorViews.UnionNulls(leftFlat.Nulls, rightFlat.Nulls, rowCount), rowCount);
        }
    }

    private sealed class DistinctKernel : IScalarKernel
    {
        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            var result = new bool[rowCount];
            for (int i = 0; i < result.Length; i++)
            {
                int leftPosition = i;
                int rightPosition = i;
                Vector left = VectorBuilder.Resolve(arguments[0], ref leftPosition);
                Vector right = VectorBuilder.Resolve(arguments[1], ref rightPosition);
                bool leftNull = left.IsNull(leftPosition);
                bool rightNull = right.IsNull(rightPosition);
                result[i] = leftNull || rightNull
                    ? leftNull != rightNull
                    : !((BytesVector)left).GetBytes(leftPosition).SequenceEqual(((BytesVector)right).GetBytes(rightPosition));
            }
            return new FlatVector<bool>(SqlType.Boolean, result, null, rowCount);
        }
    }
}
