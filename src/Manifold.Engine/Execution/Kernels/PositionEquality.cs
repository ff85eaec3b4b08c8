using Manifold.Engine.Execution.Expressions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Kernels;

/// <summary>Compares non-null values of two flat vectors of the same type by position (SQL equality: 0.0 = -0.0,
/// NaN ≠ NaN).</summary>
internal abstract class PositionEquality
{
    /// <summary>Whether <c>left[leftRow] = right[rightRow]</c>; both must be non-null.</summary>
    public abstract bool Equal(int leftRow, int rightRow);

    /// <summary>A comparer between two flat vectors.</summary>
    public static PositionEquality Create(Vector left, Vector right) => (left, right) switch
    {
        (FlatVector<long> a, FlatVector<long> b) => new Flat<long>(a.Values, b.Values),
        (FlatVector<int> a, FlatVector<int> b) => new Flat<int>(a.Values, b.Values),
        (FlatVector<short> a, FlatVector<short> b) => new Flat<short>(a.Values, b.Values),
        (FlatVector<sbyte> a, FlatVector<sbyte> b) => new Flat<sbyte>(a.Values, b.Values),
        (FlatVector<bool> a, FlatVector<bool> b) => new Flat<bool>(a.Values, b.Values),
        (FlatVector<Int128> a, FlatVector<Int128> b) => new Flat<Int128>(a.Values, b.Values),
        (FlatVector<double> a, FlatVector<double> b) => new Doubles(a.Values, b.Values),
        (FlatVector<float> a, FlatVector<float> b) => new Floats(a.Values, b.Values),
        (FlatVector<TimestampWithZone> a, FlatVector<TimestampWithZone> b) => new Flat<TimestampWithZone>(a.Values, b.Values),
        (BytesVector a, BytesVector b) => new Bytes(a, b),
        _ => new Objects(left, right),
    };

    private sealed class Flat<T>(T[] left, T[] right) : PositionEquality
        where T : unmanaged, IEquatable<T>
    {
        public override bool Equal(int leftRow, int rightRow) => left[leftRow].Equals(right[rightRow]);
    }

    private sealed class Doubles(double[] left, double[] right) : PositionEquality
    {
        public override bool Equal(int leftRow, int rightRow) => left[leftRow] == right[rightRow];
    }

    private sealed class Floats(float[] left, float[] right) : PositionEquality
    {
        public override bool Equal(int leftRow, int rightRow) => left[leftRow] == right[rightRow];
    }

    private sealed class Bytes(BytesVector left, BytesVector right) : PositionEquality
    {
        public override bool Equal(int leftRow, int rightRow) => left.GetBytes(leftRow).SequenceEqual(right.GetBytes(rightRow));
    }

    private sealed class Objects(Vector left, Vector right) : PositionEquality
    {
        public override bool Equal(int leftRow, int rightRow) => ValueEquality.AreEqual(left.GetObject(leftRow), right.GetObject(rightRow));
    }
}
