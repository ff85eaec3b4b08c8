namespace Manifold.Spi.Vectors;

/// <summary>Row <c>i</c> is row <c>Ids[i]</c> of <see cref="Dictionary"/>: repeats values without copying them.</summary>
public sealed class DictionaryVector : Vector
{
    /// <summary>Wraps a dictionary and at least <paramref name="count"/> ids into it.</summary>
    public DictionaryVector(Vector dictionary, int[] ids, int count)
        : base(dictionary.Type, count)
    {
        if (ids.Length < count)
        {
            throw new ArgumentException("Fewer ids than rows", nameof(ids));
        }
        Dictionary = dictionary;
        Ids = ids;
    }

    /// <summary>The distinct values.</summary>
    public Vector Dictionary { get; }

    /// <summary>For each row, the row of <see cref="Dictionary"/> it shows.</summary>
    public int[] Ids { get; }

    /// <inheritdoc />
    public override VectorEncoding Encoding => VectorEncoding.Dictionary;

    /// <inheritdoc />
    public override bool MayHaveNulls => Dictionary.MayHaveNulls;

    /// <inheritdoc />
    public override bool IsNull(int position) => Dictionary.IsNull(Ids[position]);

    /// <inheritdoc />
    public override object? GetObject(int position) => Dictionary.GetObject(Ids[position]);

    /// <inheritdoc />
    public override Vector Take(ReadOnlySpan<int> positions)
    {
        int[] ids = new int[positions.Length];
        for (int i = 0; i < positions.Length; i++)
        {
            ids[i] = Ids[positions[i]];
        }
        return new DictionaryVector(Dictionary, ids, positions.Length);
    }

    /// <inheritdoc />
    public override Vector Flatten() => Dictionary.Flatten().Take(new ReadOnlySpan<int>(Ids, 0, Count));

    /// <inheritdoc />
    public override long RetainedBytes => Dictionary.RetainedBytes + Ids.Length * 4L + 24;
}
