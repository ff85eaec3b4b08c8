using Manifold.Spi.Types;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>A constant in its boxed physical form (see <see cref="Spi.Vectors.Vector.GetObject"/>); null for SQL NULL.</summary>
public sealed record ConstantExpression(object? Value, SqlType Type) : BoundExpression(Type)
{
    /// <summary>A typed NULL.</summary>
    public static ConstantExpression Null(SqlType type) => new(null, type);

    /// <summary>TRUE.</summary>
    public static ConstantExpression True { get; } = new(true, SqlType.Boolean);

    /// <summary>FALSE.</summary>
    public static ConstantExpression False { get; } = new(false, SqlType.Boolean);

    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children => [];

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => this;

    /// <inheritdoc />
    public bool Equals(ConstantExpression? other)
        => other is not null && Type == other.Type && ValueEquals(Value, other.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Value is byte[] or object?[] ? 0 : Value?.GetHashCode() ?? 0);

    private static bool ValueEquals(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
        (object?[] a, object?[] b) => a.Length == b.Length && a.Zip(b).All(p => ValueEquals(p.First, p.Second)),
        _ => Equals(left, right),
    };
}
