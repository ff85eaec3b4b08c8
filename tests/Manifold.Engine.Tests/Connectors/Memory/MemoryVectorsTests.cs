using Manifold.Engine.Connectors.Memory;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Connectors.Memory;

public sealed class MemoryVectorsTests
{
    private static readonly SqlType s_nested = SqlType.Parse("row(a bigint, b array(map(varchar, row(x double, y varchar))), c varbinary)");

    [Fact]
    public void Copy_of_any_slice_equals_the_slice_and_is_compact()
    {
        Vector source = Build(s_nested, 300, seed: 1);
        foreach ((int offset, int length) in new[] { (0, 300), (0, 1), (1, 63), (63, 2), (64, 64), (65, 200), (299, 1), (150, 0) })
        {
            Vector copy = MemoryVectors.Copy(source, offset, length, s_nested);
            Assert.Equal(Render(source, offset, length), Render(copy, 0, length));
            AssertCompact(copy);
        }
    }

    [Fact]
    public void Gather_through_dictionaries_and_constants_yields_flat_compact_vectors()
    {
        Vector dictionary = Build(s_nested, 50, seed: 2);
        int[] ids = Enumerable.Range(0, 120).Select(i => (i * 7) % 50).ToArray();
        var wrapped = new DictionaryVector(dictionary, ids, ids.Length);
        int[] positions = [5, 5, 119, 0, 64, 63];

        Vector gathered = MemoryVectors.Gather(wrapped, positions, s_nested);

        Assert.Equal(positions.Select(p => Render(wrapped, p, 1)), Enumerable.Range(0, positions.Length).Select(i => Render(gathered, i, 1)));
        AssertCompact(gathered);
        Vector constant = MemoryVectors.Copy(new ConstantVector(dictionary.Slice(3, 1), 10), 2, 5, s_nested);
        Assert.Equal(string.Concat(Enumerable.Repeat(Render(dictionary, 3, 1), 5)), Render(constant, 0, 5));
        AssertCompact(constant);
    }

    [Fact]
    public void Concat_equals_the_parts_in_order()
    {
        Vector whole = Build(s_nested, 500, seed: 3);
        Vector[] parts = [
            MemoryVectors.Copy(whole, 0, 70, s_nested),
            MemoryVectors.Copy(whole, 70, 1, s_nested),
            MemoryVectors.Copy(whole, 71, 129, s_nested),
            MemoryVectors.Copy(whole, 200, 300, s_nested),
        ];

        Vector joined = MemoryVectors.Concat(parts, s_nested);

        Assert.Equal(Render(whole, 0, 500), Render(joined, 0, 500));
        AssertCompact(joined);
    }

    [Fact]
    public void Concat_of_null_constants_stays_constant()
    {
        Vector nullValue = VectorBuilder.SingleNull(SqlType.Varchar);
        Vector joined = MemoryVectors.Concat([new ConstantVector(nullValue, 3), new ConstantVector(nullValue, 4)], SqlType.Varchar);
        Assert.Equal(VectorEncoding.Constant, joined.Encoding);
        Assert.Equal(7, joined.Count);
        Assert.True(joined.IsNull(6));
    }

    [Theory]
    [InlineData(0, 64)]
    [InlineData(1, 64)]
    [InlineData(63, 65)]
    [InlineData(100, 28)]
    public void Copied_bitmaps_hold_exactly_the_bits_of_the_range(int offset, int length)
    {
        ulong[] bits = Bitmap.Allocate(128);
        for (int i = 0; i < 128; i += 3)
        {
            Bitmap.Set(bits, i);
        }
        ulong[]? copy = MemoryVectors.CopyBits(bits, offset, length);
        Assert.NotNull(copy);
        Assert.Equal(Bitmap.WordCount(length), copy.Length);
        for (int i = 0; i < copy.Length * 64; i++)
        {
            Assert.Equal(i < length && (offset + i) % 3 == 0, Bitmap.Get(copy, i));
        }
        Assert.Null(MemoryVectors.CopyBits(new ulong[2], 5, 50));
    }

    private static Vector Build(SqlType type, int count, int seed)
    {
        var random = new Random(seed);
        VectorBuilder builder = VectorBuilder.Create(type, count);
        for (int i = 0; i < count; i++)
        {
            builder.AppendObject(Value(type, random));
        }
        return builder.Build();
    }

    private static object? Value(SqlType type, Random random)
    {
        if (random.Next(6) == 0)
        {
            return null;
        }
        return type switch
        {
            RowType row => row.Fields.Select(f => Value(f.Type, random)).ToArray(),
            ArrayType array => Enumerable.Range(0, random.Next(4)).Select(_ => Value(array.Element, random)).ToArray(),
            MapType map => new MapValue(Enumerable.Range(0, random.Next(3))
                .Select(i => new KeyValuePair<object, object?>("k" + i + random.Next(9), Value(map.Value, random))).ToList()),
            _ when type.Kind == TypeKind.BigInt => (long)random.Next(),
            _ when type.Kind == TypeKind.Double => random.NextDouble(),
            _ when type.Kind == TypeKind.Varbinary => new byte[] { (byte)random.Next(256), (byte)random.Next(256) },
            _ => "s" + random.Next(1000),
        };
    }

    private static string Render(Vector vector, int offset, int length)
        => string.Concat(Enumerable.Range(offset, length).Select(i => MemoryTestCatalog.Render(vector.GetObject(i)) + ";"));

    /// <summary>Flat at every level, arrays exactly sized, offsets from zero, a bitmap only when some row is null.</summary>
    private static void AssertCompact(Vector vector)
    {
        switch (vector)
        {
            case FlatVector<long> flat:
                Assert.Equal(flat.Count, flat.Values.Length);
                AssertBitmap(flat.Nulls, flat.Count);
                break;
            case FlatVector<double> flat:
                Assert.Equal(flat.Count, flat.Values.Length);
                AssertBitmap(flat.Nulls, flat.Count);
                break;
            case BytesVector bytes:
                Assert.Equal(bytes.Count + 1, bytes.Offsets.Length);
                Assert.Equal(0, bytes.Offsets[0]);
                Assert.Equal(bytes.Data.Length, bytes.Offsets[^1]);
                AssertBitmap(bytes.Nulls, bytes.Count);
                break;
            case ArrayVector array:
                Assert.Equal(array.Count + 1, array.Offsets.Length);
                Assert.Equal(0, array.Offsets[0]);
                Assert.Equal(array.Elements.Count, array.Offsets[^1]);
                AssertBitmap(array.Nulls, array.Count);
                AssertCompact(array.Elements);
                break;
            case MapVector map:
                Assert.Equal(map.Count + 1, map.Offsets.Length);
                Assert.Equal(0, map.Offsets[0]);
                Assert.Equal(map.Keys.Count, map.Offsets[^1]);
                AssertBitmap(map.Nulls, map.Count);
                AssertCompact(map.Keys);
                AssertCompact(map.Values);
                break;
            case RowVector row:
                AssertBitmap(row.Nulls, row.Count);
                foreach (Vector field in row.Fields)
                {
                    AssertCompact(field);
                }
                break;
            default:
                Assert.Fail($"{vector.GetType().Name} is not a compact encoding");
                break;
        }
    }

    private static void AssertBitmap(ulong[]? nulls, int count)
    {
        if (nulls is not null)
        {
            Assert.Equal(Bitmap.WordCount(count), nulls.Length);
            Assert.True(Bitmap.AnySet(nulls, count));
        }
    }
}
