namespace Manifold.Engine.Functions.Aggregate;

/// <summary>Folds one non-null value into one group's state. Implemented by structs that hold the state arrays, so
/// that <see cref="GroupedLoop"/> is specialized and the update inlined per accumulator.</summary>
internal interface IGroupedUpdate<T>
    where T : unmanaged
{
    void Update(int groupId, T value);
}
