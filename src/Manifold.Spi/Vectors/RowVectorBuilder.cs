using System.Collections;
using Manifold.Spi.Types;

namespace Manifold.Spi.Vectors;

/// <summary>Builds a <see cref="RowVector"/>: append one value to each of <see cref="Fields"/>, then <see cref="CloseEntry"/>.</summary>
public sealed class RowVectorBuilder : VectorBuilder
{
    private ulong[]? _nulls;
    private int _count;

    /// <summary>Creates a builder with room for <paramref name="capacity"/> rows.</summary>
    public RowVectorBuilder(RowType type, int capacity)
        : base(type)
    {
        Fields = type.Fields.Select(f => Create(f.Type, capacity)).ToArray();
        _nulls = null;
    }

    /// <summary>One builder per field.</summary>
    public VectorBuilder[] Fields { get; }

    /// <inheritdoc />
    public override int Count => _count;

    /// <summary>Ends the current row after one value was appended to every field.</summary>
    public void CloseEntry() => _count++;

    /// <inheritdoc />
    public override void AppendNull()
    {
        foreach (VectorBuilder field in Fields)
        {
            field.AppendNull();
        }
        _nulls ??= new ulong[Bitmap.WordCount(Math.Max(_count + 1, 64))];
        if (Bitmap.WordCount(_count + 1) > _nulls.Length)
        {
            Array.Resize(ref _nulls, _nulls.Length * 2);
        }
        Bitmap.Set(_nulls, _count);
        _count++;
    }

    /// <inheritdoc />
    public override void AppendObject(object? value)
    {
        if (value is null)
        {
            AppendNull();
            return;
        }
        int i = 0;
        foreach (object? field in (IEnumerable)value)
        {
            Fields[i++].AppendObject(field);
        }
        if (i != Fields.Length)
        {
            throw new InvalidCastException($"A value of {Type} needs {Fields.Length} fields, got {i}");
        }
        CloseEntry();
    }

    /// <inheritdoc />
    public override void AppendFrom(Vector source, int position)
    {
        Vector resolved = Resolve(source, ref position);
        var row = (RowVector)resolved;
        if (row.IsNull(position))
        {
            AppendNull();
            return;
        }
        for (int i = 0; i < Fields.Length; i++)
        {
            Fields[i].AppendFrom(row.Fields[i], position);
        }
        CloseEntry();
    }

    /// <inheritdoc />
    public override Vector Build()
    {
        var fields = new Vector[Fields.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = Fields[i].Build();
        }
        if (_nulls is not null && _nulls.Length < Bitmap.WordCount(_count))
        {
            Array.Resize(ref _nulls, Bitmap.WordCount(_count));
        }
        return new RowVector((RowType)Type, fields, _nulls, _count);
    }
}
