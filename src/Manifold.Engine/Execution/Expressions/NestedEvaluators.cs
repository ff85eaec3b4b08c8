using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Expressions;

/// <summary>Field of a row value; NULL when the row is NULL.</summary>
internal sealed class FieldReferenceEvaluator(VectorEvaluator row, int index, SqlType type) : VectorEvaluator
{
    public override SqlType Type => type;

    public override Vector Evaluate(Page page, QueryContext context)
    {
        Vector value = row.Evaluate(page, context).Flatten();
        if (value is not RowVector rows)
        {
            return Vector.NullVector(type, page.RowCount);
        }
        Vector field = rows.Fields[index];
        if (rows.Nulls is null)
        {
            return field;
        }
        VectorBuilder builder = VectorBuilder.Create(type, page.RowCount);
        for (int i = 0; i < page.RowCount; i++)
        {
            if (rows.IsNull(i))
            {
                builder.AppendNull();
            }
            else
            {
                builder.AppendFrom(field, i);
            }
        }
        return builder.Build();
    }

    public override void CollectChannels(HashSet<int> channels) => row.CollectChannels(channels);
}

/// <summary>array[index] and map[key], failing on a missing element as Trino does.</summary>
internal sealed class SubscriptEvaluator(VectorEvaluator container, VectorEvaluator index, SqlType type) : VectorEvaluator
{
    public override SqlType Type => type;

    public override Vector Evaluate(Page page, QueryContext context)
    {
        Vector containers = container.Evaluate(page, context).Flatten();
        Vector indexes = index.Evaluate(page, context);
        VectorBuilder builder = VectorBuilder.Create(type, page.RowCount);
        for (int row = 0; row < page.RowCount; row++)
        {
            if (containers.IsNull(row) || indexes.IsNull(row))
            {
                builder.AppendNull();
                continue;
            }
            switch (containers)
            {
                case ArrayVector array:
                {
                    long position = (long)indexes.GetObject(row)!;
                    int length = array.GetLength(row);
                    if (position == 0)
                    {
                        throw new ManifoldException(StandardErrorCode.InvalidFunctionArgument, "SQL array indices start at 1");
                    }
                    if (position < 0)
                    {
                        throw new ManifoldException(StandardErrorCode.InvalidFunctionArgument, $"Array subscript is negative: {position}");
                    }
                    if (position > length)
                    {
                        throw new ManifoldException(StandardErrorCode.InvalidFunctionArgument,
                            $"Array subscript must be less than or equal to array length: {position} > {length}");
                    }
                    builder.AppendFrom(array.Elements, array.Offsets[row] + (int)position - 1);
                    break;
                }
                case MapVector map:
                {
                    object key = indexes.GetObject(row)!;
                    int found = -1;
                    for (int e = map.Offsets[row]; e < map.Offsets[row + 1]; e++)
                    {
                        if (ValueEquality.AreEqual(map.Keys.GetObject(e), key))
                        {
                            found = e;
                            break;
                        }
                    }
                    if (found < 0)
                    {
                        throw new ManifoldException(StandardErrorCode.InvalidFunctionArgument,
                            $"Key not present in map: {SqlValueText(map.MapType.Key, key)}");
                    }
                    builder.AppendFrom(map.Values, found);
                    break;
                }
                default:
                    builder.AppendNull();
                    break;
            }
        }
        return builder.Build();
    }

    private static string SqlValueText(SqlType type, object value) => type.IsCharacter ? (string)value : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public override void CollectChannels(HashSet<int> channels)
    {
        container.CollectChannels(channels);
        index.CollectChannels(channels);
    }
}

/// <summary>ARRAY[a, b, …].</summary>
internal sealed class ArrayConstructorEvaluator(VectorEvaluator[] elements, ArrayType type) : VectorEvaluator
{
    public override SqlType Type => type;

    public override Vector Evaluate(Page page, QueryContext context)
    {
        var values = elements.Select(e => e.Evaluate(page, context)).ToArray();
        var builder = new ArrayVectorBuilder(type, page.RowCount);
        for (int row = 0; row < page.RowCount; row++)
        {
            foreach (Vector value in values)
            {
                builder.Elements.AppendFrom(value, row);
            }
            builder.CloseEntry();
        }
        return builder.Build();
    }

    public override void CollectChannels(HashSet<int> channels)
    {
        foreach (VectorEvaluator element in elements)
        {
            element.CollectChannels(channels);
        }
    }
}

/// <summary>ROW(a, b, …).</summary>
internal sealed class RowConstructorEvaluator(VectorEvaluator[] fields, RowType type) : VectorEvaluator
{
    public override SqlType Type => type;

    public override Vector Evaluate(Page page, QueryContext context)
        => new RowVector(type, fields.Select(f => f.Evaluate(page, context)).ToArray(), null, page.RowCount);

    public override void CollectChannels(HashSet<int> channels)
    {
        foreach (VectorEvaluator field in fields)
        {
            field.CollectChannels(channels);
        }
    }
}

/// <summary>Equality of boxed physical values (slow path for nested types and map keys).</summary>
internal static class ValueEquality
{
    /// <summary>SQL equality (join keys, map keys): a NULL anywhere makes values unequal.</summary>
    public static bool AreEqual(object? left, object? right) => Compare(left, right, identical: false);

    /// <summary>Identity (GROUP BY, DISTINCT): NULLs nested in arrays, maps and rows equal each other.</summary>
    public static bool AreIdentical(object? left, object? right) => Compare(left, right, identical: true);

    private static bool Compare(object? left, object? right, bool identical) => (left, right) switch
    {
        (null, null) => identical,
        (null, _) or (_, null) => false,
        (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
        (object?[] a, object?[] b) => a.Length == b.Length && a.Zip(b).All(p => Compare(p.First, p.Second, identical)),
        (MapValue a, MapValue b) => SameEntries(a, b, identical),
        (double a, double b) => a.Equals(b),
        (float a, float b) => a.Equals(b),
        _ => left.Equals(right),
    };

    /// <summary>Maps are equal when they hold the same keys with equal values, in any order.</summary>
    private static bool SameEntries(MapValue left, MapValue right, bool identical)
    {
        if (left.Entries.Count != right.Entries.Count)
        {
            return false;
        }
        foreach (KeyValuePair<object, object?> entry in left.Entries)
        {
            bool found = false;
            foreach (KeyValuePair<object, object?> other in right.Entries)
            {
                if (Compare(entry.Key, other.Key, identical: false))
                {
                    found = Compare(entry.Value, other.Value, identical);
                    break;
                }
            }
            if (!found)
            {
                return false;
            }
        }
        return true;
    }
}
