using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>An append-only list of values (NULL allowed) of one type, copied out of the input vectors; the value store
/// behind <see cref="GroupedLists"/>.</summary>
internal abstract class ValueList
{
    public static ValueList Create(SqlType type) => type.Physical switch
    {
        PhysicalType.Boolean => new FixedValueList<bool>(),
        PhysicalType.Int8 => new FixedValueList<sbyte>(),
        PhysicalType.Int16 => new FixedValueList<short>(),
        PhysicalType.Int32 => new FixedValueList<int>(),
        PhysicalType.Int64 => new FixedValueList<long>(),
        PhysicalType.Float32 => new FixedValueList<float>(),
        PhysicalType.Float64 => new FixedValueList<double>(),
        PhysicalType.Int128 => new FixedValueList<Int128>(),
        PhysicalType.TimestampWithZone => new FixedValueList<TimestampWithZone>(),
        PhysicalType.Bytes => new BytesValueList(),
        PhysicalType.Array => new GenericValueList(type),
        PhysicalType.Map => new GenericValueList(type),
        PhysicalType.Row => new GenericValueList(type),
    };

    /// <summary>The number of values.</summary>
    public abstract int Count { get; }

    /// <summary>Appends row <paramref name="position"/> of <paramref name="source"/> (any encoding) as value <see cref="Count"/>.</summary>
    public abstract void Add(Vector source, int position);

    /// <summary>Appends value <paramref name="index"/> of another list of the same type.</summary>
    public abstract void AddFrom(ValueList source, int index);

    /// <summary>Appends value <paramref name="index"/> to <paramref name="output"/>.</summary>
    public abstract void AppendTo(int index, VectorBuilder output);

    public abstract long EstimatedBytes { get; }
}
