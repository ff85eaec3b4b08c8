namespace Manifold.Engine.Functions.Aggregate;

/// <summary>The SQL ordering of one physical value type, as static members so that generic kernels inline it.</summary>
/// <remarks><see cref="Less"/> is a total order in which NaN is the largest value. Min and max treat NaN as Trino does:
/// it is never better than a number (see <see cref="ValueOrder"/>).</remarks>
internal interface IValueOrder<T>
    where T : unmanaged
{
    static abstract bool Less(T left, T right);

    static abstract bool IsNaN(T value);

    /// <summary>The smallest value (for floating point, NaN: it loses to every number under max).</summary>
    static abstract T MinValue { get; }

    /// <summary>The largest value (for floating point, NaN: it loses to every number under min).</summary>
    static abstract T MaxValue { get; }
}
