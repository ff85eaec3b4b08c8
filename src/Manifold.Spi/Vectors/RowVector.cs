using Manifold.Spi.Types;

namespace Manifold.Spi.Vectors;

/// <summary>Rows of a <see cref="RowType"/>: one child vector per field, all with this vector's row count.</summary>
/// <remarks>The fields of a null row hold arbitrary values.</remarks>
public sealed class RowVector : Vector
{
    /// <summary>Wraps the field vectors and an optional null bitmap.</summary>
    public RowVector(RowType type, Vector[] fields, ulong[]? nulls, int count)
        : base(type, count)
    {
        if (fields.Length != type.Fields.Count)
        {
            throw new ArgumentException("One vector per field is required", nameof(fields));
        }
        foreach (Vector field in fields)
        {
            if (field.Count != count)
            {
                throw new ArgumentException("Every field vector must have the row count", nameof(fields));
            }
        }
        Fields = fields;
        Nulls = nulls;
    }

    /// <summary>The field vectors.</summary>
    public Vector[] Fields { get; }

    /// <summary>The null bitmap, or null when no row is null.</summary>
    public ulong[]? Nulls { get; }

    /// <summary>The row type.</summary>
    public RowType RowType => (RowType)Type;

    /// <inheritdoc />
    public override VectorEncoding Encoding => VectorEncoding.Row;

    /// <inheritdoc />
    public override bool MayHaveNulls => Nulls is not null;

    /// <inheritdoc />
    public override bool IsNull(int position) => Nulls is not null && Bitmap.Get(Nulls, position);

    /// <inheritdoc />
    public override object? GetObject(int position)
    {
        if (IsNull(position))
        {
            return null;
        }
        var values = new object?[Fields.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Fields[i].GetObject(position);
        }
        return values;
    }

    /// <inheritdoc />
    public override Vector Take(ReadOnlySpan<int> positions)
    {
        var fields = new Vector[Fields.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = Fields[i].Take(positions);
        }
        return new RowVector(RowType, fields, Bitmap.Take(Nulls, positions), positions.Length);
    }

    /// <inheritdoc />
    public override long RetainedBytes
    {
        get
        {
            long total = (Nulls?.Length ?? 0) * 8L + 32;
            foreach (Vector child in Fields)
            {
                total += child.RetainedBytes;
            }
            return total;
        }
    }
}
