using Manifold.Spi.Types;

namespace Manifold.Spi.Vectors;

/// <summary>One value (the single row of <see cref="Value"/>) repeated <see cref="Vector.Count"/> times.</summary>
public sealed class ConstantVector : Vector
{
    /// <summary>Repeats the single row of <paramref name="value"/> <paramref name="count"/> times.</summary>
    public ConstantVector(Vector value, int count)
        : base(value.Type, count)
    {
        if (value.Count != 1)
        {
            throw new ArgumentException("A constant vector wraps a vector of exactly one row", nameof(value));
        }
        Value = value is ConstantVector nested ? nested.Value : value;
    }

    /// <summary>A one-row vector holding the value.</summary>
    public Vector Value { get; }

    /// <summary>Whether the repeated value is null.</summary>
    public bool IsNullValue => Value.IsNull(0);

    /// <inheritdoc />
    public override VectorEncoding Encoding => VectorEncoding.Constant;

    /// <inheritdoc />
    public override bool MayHaveNulls => Value.IsNull(0);

    /// <inheritdoc />
    public override bool IsNull(int position) => Value.IsNull(0);

    /// <inheritdoc />
    public override object? GetObject(int position) => Value.GetObject(0);

    /// <inheritdoc />
    public override Vector Take(ReadOnlySpan<int> positions) => new ConstantVector(Value, positions.Length);

    /// <inheritdoc />
    public override Vector Slice(int offset, int length) => length == Count ? this : new ConstantVector(Value, length);

    /// <inheritdoc />
    public override Vector Flatten()
    {
        if (Count == 0)
        {
            return VectorBuilder.Create(Type, 0).Build();
        }
        int[] positions = new int[Count];
        return Value.Flatten().Take(positions);
    }

    /// <inheritdoc />
    public override long RetainedBytes => Value.RetainedBytes + 16;

    /// <summary>A constant vector of a boxed value (see <see cref="Vector.GetObject"/> for the forms).</summary>
    public static ConstantVector Of(SqlType type, object? value, int count)
    {
        VectorBuilder builder = VectorBuilder.Create(type, 1);
        builder.AppendObject(value);
        return new ConstantVector(builder.Build(), count);
    }
}
