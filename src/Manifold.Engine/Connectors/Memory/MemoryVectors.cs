using System.Numerics;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;
using Vector = Manifold.Spi.Vectors.Vector;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>Copies vectors into the compact form the memory connector stores.</summary>
/// <remarks>
/// Compact means: flat at every nesting level (no constant or dictionary wrapping), arrays sized exactly to the row
/// count, offsets starting at zero, and no null bitmap unless some row is null. A compact vector shares nothing with its
/// source, so a stored page never pins a caller's (possibly large or pooled) buffers. The copies are typed with the
/// target column type, which must have the same physical layout as the source.
/// </remarks>
internal static class MemoryVectors
{
    /// <summary>A compact copy of rows <paramref name="offset"/> .. <paramref name="offset"/> + <paramref name="length"/> - 1.</summary>
    public static Vector Copy(Vector source, int offset, int length, SqlType type)
    {
        if (source.Type.Kind == TypeKind.Unknown && type.Kind != TypeKind.Unknown)
        {
            return Nulls(type, length);
        }
        switch (source.Encoding)
        {
            case VectorEncoding.Flat:
                return type.Physical switch
                {
                    PhysicalType.Boolean => CopyFlat((FlatVector<bool>)source, offset, length, type),
                    PhysicalType.Int8 => CopyFlat((FlatVector<sbyte>)source, offset, length, type),
                    PhysicalType.Int16 => CopyFlat((FlatVector<short>)source, offset, length, type),
                    PhysicalType.Int32 => CopyFlat((FlatVector<int>)source, offset, length, type),
                    PhysicalType.Int64 => CopyFlat((FlatVector<long>)source, offset, length, type),
                    PhysicalType.Float32 => CopyFlat((FlatVector<float>)source, offset, length, type),
                    PhysicalType.Float64 => CopyFlat((FlatVector<double>)source, offset, length, type),
                    PhysicalType.Int128 => CopyFlat((FlatVector<Int128>)source, offset, length, type),
                    PhysicalType.TimestampWithZone => CopyFlat((FlatVector<TimestampWithZone>)source, offset, length, type),
                    PhysicalType.Bytes or PhysicalType.Array or PhysicalType.Map or PhysicalType.Row
                        => throw new ArgumentException($"A flat vector cannot hold {type}", nameof(source)),
                };
            case VectorEncoding.Bytes:
                {
                    var bytes = (BytesVector)source;
                    int start = bytes.Offsets[offset];
                    int end = bytes.Offsets[offset + length];
                    byte[] data = bytes.Data.AsSpan(start, end - start).ToArray();
                    int[] offsets = new int[length + 1];
                    ReadOnlySpan<int> sourceOffsets = bytes.Offsets.AsSpan(offset + 1, length);
                    for (int i = 0; i < sourceOffsets.Length; i++)
                    {
                        offsets[i + 1] = sourceOffsets[i] - start;
                    }
                    return new BytesVector(type, data, offsets, CopyBits(bytes.Nulls, offset, length), length);
                }
            case VectorEncoding.Constant:
                return Repeat(((ConstantVector)source).Value, length, type);
            case VectorEncoding.Dictionary:
                {
                    var dictionary = (DictionaryVector)source;
                    return Gather(dictionary.Dictionary, dictionary.Ids.AsSpan(offset, length), type);
                }
            case VectorEncoding.Array:
                {
                    var array = (ArrayVector)source;
                    var arrayType = (ArrayType)type;
                    int start = array.Offsets[offset];
                    int[] offsets = RebaseOffsets(array.Offsets, offset, length);
                    Vector elements = Copy(array.Elements, start, offsets[length], arrayType.Element);
                    return new ArrayVector(arrayType, offsets, elements, CopyBits(array.Nulls, offset, length), length);
                }
            case VectorEncoding.Map:
                {
                    var map = (MapVector)source;
                    var mapType = (MapType)type;
                    int start = map.Offsets[offset];
                    int[] offsets = RebaseOffsets(map.Offsets, offset, length);
                    Vector keys = Copy(map.Keys, start, offsets[length], mapType.Key);
                    Vector values = Copy(map.Values, start, offsets[length], mapType.Value);
                    return new MapVector(mapType, offsets, keys, values, CopyBits(map.Nulls, offset, length), length);
                }
            case VectorEncoding.Row:
                {
                    var row = (RowVector)source;
                    var rowType = (RowType)type;
                    var fields = new Vector[row.Fields.Length];
                    for (int i = 0; i < fields.Length; i++)
                    {
                        fields[i] = Copy(row.Fields[i], offset, length, rowType.Fields[i].Type);
                    }
                    return new RowVector(rowType, fields, CopyBits(row.Nulls, offset, length), length);
                }
        }
        throw new ArgumentException($"Unknown vector encoding {source.Encoding}", nameof(source));
    }

    /// <summary>A compact vector of the rows at <paramref name="positions"/>, in that order.</summary>
    public static Vector Gather(Vector source, ReadOnlySpan<int> positions, SqlType type)
    {
        if (source.Type.Kind == TypeKind.Unknown && type.Kind != TypeKind.Unknown)
        {
            return Nulls(type, positions.Length);
        }
        switch (source.Encoding)
        {
            case VectorEncoding.Flat:
                return type.Physical switch
                {
                    PhysicalType.Boolean => GatherFlat((FlatVector<bool>)source, positions, type),
                    PhysicalType.Int8 => GatherFlat((FlatVector<sbyte>)source, positions, type),
                    PhysicalType.Int16 => GatherFlat((FlatVector<short>)source, positions, type),
                    PhysicalType.Int32 => GatherFlat((FlatVector<int>)source, positions, type),
                    PhysicalType.Int64 => GatherFlat((FlatVector<long>)source, positions, type),
                    PhysicalType.Float32 => GatherFlat((FlatVector<float>)source, positions, type),
                    PhysicalType.Float64 => GatherFlat((FlatVector<double>)source, positions, type),
                    PhysicalType.Int128 => GatherFlat((FlatVector<Int128>)source, positions, type),
                    PhysicalType.TimestampWithZone => GatherFlat((FlatVector<TimestampWithZone>)source, positions, type),
                    PhysicalType.Bytes or PhysicalType.Array or PhysicalType.Map or PhysicalType.Row
                        => throw new ArgumentException($"A flat vector cannot hold {type}", nameof(source)),
                };
            case VectorEncoding.Bytes:
                {
                    var bytes = (BytesVector)source;
                    int[] sourceOffsets = bytes.Offsets;
                    int total = 0;
                    for (int i = 0; i < positions.Length; i++)
                    {
                        int p = positions[i];
                        total += sourceOffsets[p + 1] - sourceOffsets[p];
                    }
                    byte[] data = new byte[total];
                    int[] offsets = new int[positions.Length + 1];
                    int written = 0;
                    for (int i = 0; i < positions.Length; i++)
                    {
                        int p = positions[i];
                        int start = sourceOffsets[p];
                        int length = sourceOffsets[p + 1] - start;
                        bytes.Data.AsSpan(start, length).CopyTo(data.AsSpan(written));
                        written += length;
                        offsets[i + 1] = written;
                    }
                    return new BytesVector(type, data, offsets, Bitmap.Take(bytes.Nulls, positions), positions.Length);
                }
            case VectorEncoding.Constant:
                return Repeat(((ConstantVector)source).Value, positions.Length, type);
            case VectorEncoding.Dictionary:
                {
                    var dictionary = (DictionaryVector)source;
                    int[] ids = new int[positions.Length];
                    for (int i = 0; i < ids.Length; i++)
                    {
                        ids[i] = dictionary.Ids[positions[i]];
                    }
                    return Gather(dictionary.Dictionary, ids, type);
                }
            case VectorEncoding.Array:
                {
                    var array = (ArrayVector)source;
                    var arrayType = (ArrayType)type;
                    int[] offsets = GatherOffsets(array.Offsets, positions, out int[] entries);
                    Vector elements = Gather(array.Elements, entries, arrayType.Element);
                    return new ArrayVector(arrayType, offsets, elements, Bitmap.Take(array.Nulls, positions), positions.Length);
                }
            case VectorEncoding.Map:
                {
                    var map = (MapVector)source;
                    var mapType = (MapType)type;
                    int[] offsets = GatherOffsets(map.Offsets, positions, out int[] entries);
                    Vector keys = Gather(map.Keys, entries, mapType.Key);
                    Vector values = Gather(map.Values, entries, mapType.Value);
                    return new MapVector(mapType, offsets, keys, values, Bitmap.Take(map.Nulls, positions), positions.Length);
                }
            case VectorEncoding.Row:
                {
                    var row = (RowVector)source;
                    var rowType = (RowType)type;
                    var fields = new Vector[row.Fields.Length];
                    for (int i = 0; i < fields.Length; i++)
                    {
                        fields[i] = Gather(row.Fields[i], positions, rowType.Fields[i].Type);
                    }
                    return new RowVector(rowType, fields, Bitmap.Take(row.Nulls, positions), positions.Length);
                }
        }
        throw new ArgumentException($"Unknown vector encoding {source.Encoding}", nameof(source));
    }

    /// <summary>The rows of <paramref name="parts"/> one after another, compact; all-null constant parts stay constant.</summary>
    public static Vector Concat(IReadOnlyList<Vector> parts, SqlType type)
    {
        int total = 0;
        bool allNullConstants = true;
        for (int i = 0; i < parts.Count; i++)
        {
            total += parts[i].Count;
            allNullConstants &= IsNullConstant(parts[i]);
        }
        if (allNullConstants && parts.Count > 0)
        {
            return new ConstantVector(((ConstantVector)parts[0]).Value, total);
        }
        if (parts.Count == 1)
        {
            return Copy(parts[0], 0, parts[0].Count, type);
        }
        var flat = new Vector[parts.Count];
        for (int i = 0; i < flat.Length; i++)
        {
            flat[i] = parts[i].Encoding is VectorEncoding.Constant or VectorEncoding.Dictionary
                ? Copy(parts[i], 0, parts[i].Count, type)
                : parts[i];
        }
        return ConcatFlattened(flat, type, total);
    }

    /// <summary>Rows of <paramref name="source"/> kept by a rewrite: constant vectors stay constant, others are gathered compactly.</summary>
    public static Vector Keep(Vector source, ReadOnlySpan<int> positions, SqlType type)
        => source is ConstantVector constant ? new ConstantVector(constant.Value, positions.Length) : Gather(source, positions, type);

    /// <summary>True for a constant vector of NULL (how columns added by ALTER TABLE are stored).</summary>
    public static bool IsNullConstant(Vector vector) => vector is ConstantVector { IsNullValue: true };

    /// <summary>A compact flat vector of <paramref name="count"/> nulls.</summary>
    public static Vector Nulls(SqlType type, int count) => Repeat(VectorBuilder.SingleNull(type), count, type);

    /// <summary>True when the two types store values the same way at every nesting level.</summary>
    public static bool SameLayout(SqlType source, SqlType target)
    {
        if (ReferenceEquals(source, target) || source.Kind == TypeKind.Unknown)
        {
            return true;
        }
        if (source.Physical != target.Physical)
        {
            return false;
        }
        return (source, target) switch
        {
            (ArrayType a, ArrayType b) => SameLayout(a.Element, b.Element),
            (MapType a, MapType b) => SameLayout(a.Key, b.Key) && SameLayout(a.Value, b.Value),
            (RowType a, RowType b) => SameRowLayout(a, b),
            _ => true,
        };
    }

    /// <summary>The bits <paramref name="offset"/> .. <paramref name="offset"/> + <paramref name="length"/> - 1 as a new
    /// bitmap; null when none is set.</summary>
    public static ulong[]? CopyBits(ulong[]? bits, int offset, int length)
    {
        if (bits is null || length == 0)
        {
            return null;
        }
        var result = new ulong[Bitmap.WordCount(length)];
        int shift = offset & 63;
        int first = offset >> 6;
        ulong any = 0;
        for (int w = 0; w < result.Length; w++)
        {
            ulong low = Word(bits, first + w) >> shift;
            ulong high = shift == 0 ? 0 : Word(bits, first + w + 1) << (64 - shift);
            result[w] = low | high;
        }
        int rest = length & 63;
        if (rest != 0)
        {
            result[^1] &= (1UL << rest) - 1;
        }
        for (int w = 0; w < result.Length; w++)
        {
            any |= result[w];
        }
        return any == 0 ? null : result;
    }

    private static bool SameRowLayout(RowType a, RowType b)
    {
        if (a.Fields.Count != b.Fields.Count)
        {
            return false;
        }
        for (int i = 0; i < a.Fields.Count; i++)
        {
            if (!SameLayout(a.Fields[i].Type, b.Fields[i].Type))
            {
                return false;
            }
        }
        return true;
    }

    private static ulong Word(ulong[] bits, int index) => index < bits.Length ? bits[index] : 0;

    private static Vector CopyFlat<T>(FlatVector<T> source, int offset, int length, SqlType type)
        where T : unmanaged
    {
        T[] values = source.Values.AsSpan(offset, length).ToArray();
        return new FlatVector<T>(type, values, CopyBits(source.Nulls, offset, length), length);
    }

    private static Vector GatherFlat<T>(FlatVector<T> source, ReadOnlySpan<int> positions, SqlType type)
        where T : unmanaged
    {
        var values = new T[positions.Length];
        T[] sourceValues = source.Values;
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = sourceValues[positions[i]];
        }
        return new FlatVector<T>(type, values, Bitmap.Take(source.Nulls, positions), positions.Length);
    }

    private static Vector Repeat(Vector value, int count, SqlType type)
    {
        int position = 0;
        Vector resolved = VectorBuilder.Resolve(value, ref position);
        int[] positions = new int[count];
        if (position != 0)
        {
            positions.AsSpan().Fill(position);
        }
        return Gather(resolved, positions, type);
    }

    private static int[] RebaseOffsets(int[] source, int offset, int length)
    {
        int start = source[offset];
        int[] offsets = new int[length + 1];
        for (int i = 1; i <= length; i++)
        {
            offsets[i] = source[offset + i] - start;
        }
        return offsets;
    }

    private static int[] GatherOffsets(int[] source, ReadOnlySpan<int> positions, out int[] entries)
    {
        int[] offsets = new int[positions.Length + 1];
        int total = 0;
        for (int i = 0; i < positions.Length; i++)
        {
            int p = positions[i];
            total += source[p + 1] - source[p];
            offsets[i + 1] = total;
        }
        entries = new int[total];
        int written = 0;
        for (int i = 0; i < positions.Length; i++)
        {
            int p = positions[i];
            for (int e = source[p]; e < source[p + 1]; e++)
            {
                entries[written++] = e;
            }
        }
        return offsets;
    }

    private static Vector ConcatFlattened(Vector[] parts, SqlType type, int total)
    {
        switch (type.Physical)
        {
            case PhysicalType.Boolean: return ConcatFlat<bool>(parts, type, total);
            case PhysicalType.Int8: return ConcatFlat<sbyte>(parts, type, total);
            case PhysicalType.Int16: return ConcatFlat<short>(parts, type, total);
            case PhysicalType.Int32: return ConcatFlat<int>(parts, type, total);
            case PhysicalType.Int64: return ConcatFlat<long>(parts, type, total);
            case PhysicalType.Float32: return ConcatFlat<float>(parts, type, total);
            case PhysicalType.Float64: return ConcatFlat<double>(parts, type, total);
            case PhysicalType.Int128: return ConcatFlat<Int128>(parts, type, total);
            case PhysicalType.TimestampWithZone: return ConcatFlat<TimestampWithZone>(parts, type, total);
            case PhysicalType.Bytes:
                {
                    long dataLength = 0;
                    foreach (Vector part in parts)
                    {
                        var bytes = (BytesVector)part;
                        dataLength += bytes.Offsets[bytes.Count] - bytes.Offsets[0];
                    }
                    byte[] data = new byte[checked((int)dataLength)];
                    int[] offsets = new int[total + 1];
                    ulong[]? nulls = null;
                    int row = 0;
                    int written = 0;
                    foreach (Vector part in parts)
                    {
                        var bytes = (BytesVector)part;
                        int start = bytes.Offsets[0];
                        int length = bytes.Offsets[bytes.Count] - start;
                        bytes.Data.AsSpan(start, length).CopyTo(data.AsSpan(written));
                        for (int i = 1; i <= bytes.Count; i++)
                        {
                            offsets[row + i] = bytes.Offsets[i] - start + written;
                        }
                        OrBitsInto(ref nulls, total, row, bytes.Nulls, bytes.Count);
                        row += bytes.Count;
                        written += length;
                    }
                    return new BytesVector(type, data, offsets, nulls, total);
                }
            case PhysicalType.Array:
                {
                    var arrayType = (ArrayType)type;
                    var elements = new Vector[parts.Length];
                    int[] offsets = new int[total + 1];
                    ulong[]? nulls = null;
                    int row = 0;
                    int entries = 0;
                    for (int p = 0; p < parts.Length; p++)
                    {
                        var array = (ArrayVector)parts[p];
                        int start = array.Offsets[0];
                        int length = array.Offsets[array.Count] - start;
                        elements[p] = start == 0 && length == array.Elements.Count ? array.Elements : array.Elements.Slice(start, length);
                        for (int i = 1; i <= array.Count; i++)
                        {
                            offsets[row + i] = array.Offsets[i] - start + entries;
                        }
                        OrBitsInto(ref nulls, total, row, array.Nulls, array.Count);
                        row += array.Count;
                        entries += length;
                    }
                    return new ArrayVector(arrayType, offsets, Concat(elements, arrayType.Element), nulls, total);
                }
            case PhysicalType.Map:
                {
                    var mapType = (MapType)type;
                    var keys = new Vector[parts.Length];
                    var values = new Vector[parts.Length];
                    int[] offsets = new int[total + 1];
                    ulong[]? nulls = null;
                    int row = 0;
                    int entries = 0;
                    for (int p = 0; p < parts.Length; p++)
                    {
                        var map = (MapVector)parts[p];
                        int start = map.Offsets[0];
                        int length = map.Offsets[map.Count] - start;
                        bool whole = start == 0 && length == map.Keys.Count;
                        keys[p] = whole ? map.Keys : map.Keys.Slice(start, length);
                        values[p] = whole ? map.Values : map.Values.Slice(start, length);
                        for (int i = 1; i <= map.Count; i++)
                        {
                            offsets[row + i] = map.Offsets[i] - start + entries;
                        }
                        OrBitsInto(ref nulls, total, row, map.Nulls, map.Count);
                        row += map.Count;
                        entries += length;
                    }
                    return new MapVector(mapType, offsets, Concat(keys, mapType.Key), Concat(values, mapType.Value), nulls, total);
                }
            case PhysicalType.Row:
                {
                    var rowType = (RowType)type;
                    var fields = new Vector[rowType.Fields.Count];
                    var fieldParts = new Vector[parts.Length];
                    for (int f = 0; f < fields.Length; f++)
                    {
                        for (int p = 0; p < parts.Length; p++)
                        {
                            fieldParts[p] = ((RowVector)parts[p]).Fields[f];
                        }
                        fields[f] = Concat(fieldParts, rowType.Fields[f].Type);
                    }
                    ulong[]? nulls = null;
                    int row = 0;
                    foreach (Vector part in parts)
                    {
                        OrBitsInto(ref nulls, total, row, ((RowVector)part).Nulls, part.Count);
                        row += part.Count;
                    }
                    return new RowVector(rowType, fields, nulls, total);
                }
        }
        throw new ArgumentException($"Unknown physical type {type.Physical}", nameof(type));
    }

    private static Vector ConcatFlat<T>(Vector[] parts, SqlType type, int total)
        where T : unmanaged
    {
        var values = new T[total];
        ulong[]? nulls = null;
        int row = 0;
        foreach (Vector part in parts)
        {
            var flat = (FlatVector<T>)part;
            flat.Span.CopyTo(values.AsSpan(row));
            OrBitsInto(ref nulls, total, row, flat.Nulls, flat.Count);
            row += flat.Count;
        }
        return new FlatVector<T>(type, values, nulls, total);
    }

    /// <summary>Sets bits <paramref name="destinationOffset"/> + i for every set bit i &lt; <paramref name="length"/> of
    /// <paramref name="source"/>, allocating <paramref name="destination"/> on the first one.</summary>
    private static void OrBitsInto(ref ulong[]? destination, int destinationLength, int destinationOffset, ulong[]? source, int length)
    {
        if (source is null)
        {
            return;
        }
        int words = Math.Min(Bitmap.WordCount(length), source.Length);
        for (int w = 0; w < words; w++)
        {
            ulong word = source[w];
            if (w == words - 1 && (length & 63) != 0 && words == Bitmap.WordCount(length))
            {
                word &= (1UL << (length & 63)) - 1;
            }
            while (word != 0)
            {
                int bit = BitOperations.TrailingZeroCount(word);
                destination ??= Bitmap.Allocate(destinationLength);
                Bitmap.Set(destination, destinationOffset + (w << 6) + bit);
                word &= word - 1;
            }
        }
    }
}
