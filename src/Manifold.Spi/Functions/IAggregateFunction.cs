using Manifold.Spi.Vectors;

namespace Manifold.Spi.Functions;

/// <summary>An aggregate function. Mark the class with <see cref="AggregateFunctionAttribute"/>.</summary>
public interface IAggregateFunction
{
    /// <summary>The overloads.</summary>
    IReadOnlyList<FunctionSignature> Signatures { get; }

    /// <summary>Creates accumulators for one call site; called once at planning time.</summary>
    IAccumulatorFactory Specialize(BoundFunction function);
}

/// <summary>Creates accumulators; shared by threads.</summary>
public interface IAccumulatorFactory
{
    /// <summary>A new, empty accumulator.</summary>
    IGroupedAccumulator Create();
}

/// <summary>The state of one aggregate for many groups, identified by dense ids 0, 1, 2, ….</summary>
/// <remarks>
/// Used by one thread at a time. Partial states from several threads are combined with <see cref="Merge"/>. NULL inputs
/// are ignored by every standard aggregate except where documented (count(*) counts rows). A group that never saw a row
/// evaluates to the aggregate's empty result (0 for count, NULL for sum).
/// </remarks>
public interface IGroupedAccumulator
{
    /// <summary>Makes room for groups 0 .. <paramref name="groupCount"/> - 1.</summary>
    void EnsureCapacity(int groupCount);

    /// <summary>Adds rows: row <c>i</c> (of <paramref name="rowCount"/>) goes to group <c>groupIds[i]</c>.
    /// <paramref name="arguments"/> holds one vector per argument, each of <paramref name="rowCount"/> rows.</summary>
    void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount);

    /// <summary>Folds <paramref name="other"/> (an accumulator from the same factory) into this one: its group <c>g</c>
    /// joins this group <c>groupMapping[g]</c>. <paramref name="other"/> must not be used afterwards.</summary>
    void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping);

    /// <summary>Appends the result of group <paramref name="groupId"/> to <paramref name="output"/>. Does not change the state,
    /// so a group may be evaluated again after more rows are added (running window aggregates).</summary>
    void Evaluate(int groupId, VectorBuilder output);

    /// <summary>An estimate of the memory the state holds, in bytes.</summary>
    long EstimatedBytes { get; }
}
