using System.Runtime.CompilerServices;
using System.Text;
using Manifold.Spi.Types;

namespace Manifold.Spi.Vectors;

/// <summary>Variable-length values (varchar, char, varbinary, json) as one byte buffer plus <c>Count + 1</c> offsets.</summary>
/// <remarks>Text is UTF-8; char values are stored without trailing blanks. Value <c>i</c> is
/// <c>Data[Offsets[i] .. Offsets[i + 1]]</c>; null rows are empty.</remarks>
public sealed class BytesVector : Vector
{
    /// <summary>Wraps a buffer, offsets (at least <paramref name="count"/> + 1) and an optional null bitmap.</summary>
    public BytesVector(SqlType type, byte[] data, int[] offsets, ulong[]? nulls, int count)
        : base(type, count)
    {
        if (offsets.Length < count + 1)
        {
            throw new ArgumentException($"offsets holds {offsets.Length} items, need {count + 1}", nameof(offsets));
        }
        Data = data;
        Offsets = offsets;
        Nulls = nulls;
    }

    /// <summary>The bytes of all values.</summary>
    public byte[] Data { get; }

    /// <summary>Start offsets; the end of value <c>i</c> is the start of <c>i + 1</c>.</summary>
    public int[] Offsets { get; }

    /// <summary>The null bitmap (bit set = null), or null when no row is null.</summary>
    public ulong[]? Nulls { get; }

    /// <inheritdoc />
    public override VectorEncoding Encoding => VectorEncoding.Bytes;

    /// <inheritdoc />
    public override bool MayHaveNulls => Nulls is not null;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override bool IsNull(int position) => Nulls is not null && Bitmap.Get(Nulls, position);

    /// <summary>The bytes of the value at <paramref name="position"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> GetBytes(int position)
    {
        int start = Offsets[position];
        return new ReadOnlySpan<byte>(Data, start, Offsets[position + 1] - start);
    }

    /// <summary>The value at <paramref name="position"/> decoded as UTF-8.</summary>
    public string GetString(int position) => s_utf8.GetString(GetBytes(position));

    /// <inheritdoc />
    public override object? GetObject(int position)
    {
        if (IsNull(position))
        {
            return null;
        }
        return Type.Kind == TypeKind.Varbinary ? GetBytes(position).ToArray() : GetString(position);
    }

    /// <inheritdoc />
    public override Vector Take(ReadOnlySpan<int> positions)
    {
        int total = 0;
        for (int i = 0; i < positions.Length; i++)
        {
            int p = positions[i];
            total += Offsets[p + 1] - Offsets[p];
        }
        var data = new byte[total];
        var offsets = new int[positions.Length + 1];
        int written = 0;
        for (int i = 0; i < positions.Length; i++)
        {
            int p = positions[i];
            int start = Offsets[p];
            int length = Offsets[p + 1] - start;
            Buffer.BlockCopy(Data, start, data, written, length);
            written += length;
            offsets[i + 1] = written;
        }
        return new BytesVector(Type, data, offsets, Bitmap.Take(Nulls, positions), positions.Length);
    }

    /// <inheritdoc />
    public override long RetainedBytes => Data.Length + Offsets.Length * 4L + (Nulls?.Length ?? 0) * 8L + 40;

    /// <summary>Builds a vector from strings (null entries are SQL NULL); for tests and small constants.</summary>
    public static BytesVector FromStrings(SqlType type, IReadOnlyList<string?> values)
    {
        var builder = new BytesVectorBuilder(type, values.Count);
        foreach (string? value in values)
        {
            if (value is null)
            {
                builder.AppendNull();
            }
            else
            {
                builder.Append(value);
            }
        }
        return (BytesVector)builder.Build();
    }

    private static readonly UTF8Encoding s_utf8 = new(false, false);
}
