using Manifold.Spi.Types;

namespace Manifold.Spi.Vectors;

/// <summary>Builds a vector of one type row by row. Not thread-safe; <see cref="Build"/> ends its use.</summary>
/// <remarks>Create with <see cref="Create"/>; the concrete builder matches the type's <see cref="PhysicalType"/>
/// (<see cref="FlatVectorBuilder{T}"/>, <see cref="BytesVectorBuilder"/>, <see cref="ArrayVectorBuilder"/>,
/// <see cref="MapVectorBuilder"/>, <see cref="RowVectorBuilder"/>).</remarks>
public abstract class VectorBuilder
{
    /// <summary>Initializes the type.</summary>
    protected VectorBuilder(SqlType type) => Type = type;

    /// <summary>The type of the vector being built.</summary>
    public SqlType Type { get; }

    /// <summary>Rows appended so far.</summary>
    public abstract int Count { get; }

    /// <summary>Appends a null row.</summary>
    public abstract void AppendNull();

    /// <summary>Appends a boxed value in the form <see cref="Vector.GetObject"/> returns (null appends NULL).</summary>
    public abstract void AppendObject(object? value);

    /// <summary>Appends row <paramref name="position"/> of <paramref name="source"/>, whatever its encoding.</summary>
    public abstract void AppendFrom(Vector source, int position);

    /// <summary>Appends <paramref name="length"/> rows of <paramref name="source"/> from <paramref name="offset"/>.</summary>
    public virtual void AppendRange(Vector source, int offset, int length)
    {
        for (int i = 0; i < length; i++)
        {
            AppendFrom(source, offset + i);
        }
    }

    /// <summary>Returns the built vector. The builder must not be used afterwards.</summary>
    public abstract Vector Build();

    /// <summary>A builder for <paramref name="type"/> with room for <paramref name="capacity"/> rows before it grows.</summary>
    public static VectorBuilder Create(SqlType type, int capacity = 16)
    {
        capacity = Math.Max(capacity, 1);
        return type.Physical switch
        {
            PhysicalType.Boolean => new FlatVectorBuilder<bool>(type, capacity),
            PhysicalType.Int8 => new FlatVectorBuilder<sbyte>(type, capacity),
            PhysicalType.Int16 => new FlatVectorBuilder<short>(type, capacity),
            PhysicalType.Int32 => new FlatVectorBuilder<int>(type, capacity),
            PhysicalType.Int64 => new FlatVectorBuilder<long>(type, capacity),
            PhysicalType.Float32 => new FlatVectorBuilder<float>(type, capacity),
            PhysicalType.Float64 => new FlatVectorBuilder<double>(type, capacity),
            PhysicalType.Int128 => new FlatVectorBuilder<Int128>(type, capacity),
            PhysicalType.TimestampWithZone => new FlatVectorBuilder<TimestampWithZone>(type, capacity),
            PhysicalType.Bytes => new BytesVectorBuilder(type, capacity),
            PhysicalType.Array => new ArrayVectorBuilder((ArrayType)type, capacity),
            PhysicalType.Map => new MapVectorBuilder((MapType)type, capacity),
            PhysicalType.Row => new RowVectorBuilder((RowType)type, capacity),
        };
    }

    /// <summary>The starting capacity of the element (or key, value) builder of a container builder with room for
    /// <paramref name="capacity"/> rows: four elements per row for leaf elements; as many as rows for nested containers, so
    /// that deep nesting (array(array(...))) does not multiply the capacity at every level.</summary>
    protected static int ElementCapacity(SqlType element, int capacity)
        => element.Physical is PhysicalType.Array or PhysicalType.Map or PhysicalType.Row
            ? capacity
            : (int)Math.Min(capacity * 4L, Array.MaxLength);

    /// <summary>A one-row vector holding NULL.</summary>
    public static Vector SingleNull(SqlType type)
    {
        VectorBuilder builder = Create(type, 1);
        builder.AppendNull();
        return builder.Build();
    }

    /// <summary>Strips constant and dictionary wrapping: returns the vector and row that hold the value.</summary>
    public static Vector Resolve(Vector source, ref int position)
    {
        while (true)
        {
            switch (source)
            {
                case ConstantVector constant:
                    source = constant.Value;
                    position = 0;
                    break;
                case DictionaryVector dictionary:
                    position = dictionary.Ids[position];
                    source = dictionary.Dictionary;
                    break;
                default:
                    return source;
            }
        }
    }
}
