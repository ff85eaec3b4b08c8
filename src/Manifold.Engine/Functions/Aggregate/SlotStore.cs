using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>One value (or NULL) per group, of any type, copied out of the input so the input may be released.</summary>
/// <remarks>Used by min/max over variable-width and nested types, min_by/max_by and arbitrary. A slot is empty until
/// set. Fixed-width values live in a flat array, bytes in one arena (<see cref="BytesSlotStore"/>), nested values as
/// one-row vectors.</remarks>
internal abstract class SlotStore
{
    public static SlotStore Create(SqlType type) => type.Physical switch
    {
        PhysicalType.Boolean => new FixedSlotStore<bool, ValueOrder.Boolean>(),
        PhysicalType.Int8 => new FixedSlotStore<sbyte, ValueOrder.Int8>(),
        PhysicalType.Int16 => new FixedSlotStore<short, ValueOrder.Int16>(),
        PhysicalType.Int32 => new FixedSlotStore<int, ValueOrder.Int32>(),
        PhysicalType.Int64 => new FixedSlotStore<long, ValueOrder.Int64>(),
        PhysicalType.Float32 => new FixedSlotStore<float, ValueOrder.Float32>(),
        PhysicalType.Float64 => new FixedSlotStore<double, ValueOrder.Float64>(),
        PhysicalType.Int128 => type.Kind == TypeKind.Uuid
            ? new FixedSlotStore<Int128, ValueOrder.Unsigned128>()
            : new FixedSlotStore<Int128, ValueOrder.Signed128>(),
        PhysicalType.TimestampWithZone => new FixedSlotStore<TimestampWithZone, ValueOrder.TimestampZone>(),
        PhysicalType.Bytes => new BytesSlotStore(),
        PhysicalType.Array => new GenericSlotStore(type),
        PhysicalType.Map => new GenericSlotStore(type),
        PhysicalType.Row => new GenericSlotStore(type),
    };

    public abstract void EnsureCapacity(int groupCount);

    /// <summary>True until the group's slot is first set.</summary>
    public abstract bool IsEmpty(int group);

    /// <summary>Copies row <paramref name="position"/> of <paramref name="source"/> (any encoding, may be null) into the slot.</summary>
    public abstract void Set(int group, Vector source, int position);

    /// <summary>Copies another store's slot (of the same type) into this one's.</summary>
    public abstract void SetFrom(int group, SlotStore source, int sourceGroup);

    /// <summary>Whether the non-null value at <paramref name="position"/> beats the group's non-null value under min
    /// (<paramref name="minimum"/>) or max; ties do not.</summary>
    public abstract bool IsBetter(Vector source, int position, int group, bool minimum);

    /// <summary>Whether another store's non-null slot value beats this group's non-null value.</summary>
    public abstract bool IsBetter(SlotStore source, int sourceGroup, int group, bool minimum);

    /// <summary>True when the slot holds NULL (or is empty).</summary>
    public abstract bool IsNull(int group);

    /// <summary>Appends the slot's value (NULL when empty) to <paramref name="output"/>.</summary>
    public abstract void AppendTo(int group, VectorBuilder output);

    public abstract long EstimatedBytes { get; }
}
