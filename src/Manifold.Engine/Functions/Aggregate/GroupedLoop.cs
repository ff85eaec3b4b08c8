using System.Runtime.CompilerServices;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>The row loop of fixed-width accumulators: calls <see cref="IGroupedUpdate{T}.Update"/> for every non-null row,
/// with separate loops for flat vectors without nulls, with nulls (64 rows per null word), constants and dictionaries.</summary>
internal static class GroupedLoop
{
    public static void Run<T, TUpdate>(ReadOnlySpan<int> groupIds, Vector vector, int rowCount, ref TUpdate update)
        where T : unmanaged
        where TUpdate : struct, IGroupedUpdate<T>
    {
        groupIds = groupIds[..rowCount];
        switch (vector)
        {
            case FlatVector<T> flat:
                if (flat.Nulls is null)
                {
                    RunNoNulls(groupIds, flat.Values, ref update);
                }
                else
                {
                    RunWithNulls(groupIds, flat.Values, flat.Nulls, ref update);
                }
                return;
            case ConstantVector constant:
                {
                    if (constant.IsNullValue)
                    {
                        return;
                    }
                    T value = ((FlatVector<T>)constant.Value.Flatten()).Values[0];
                    for (int i = 0; i < groupIds.Length; i++)
                    {
                        update.Update(groupIds[i], value);
                    }
                    return;
                }
            case DictionaryVector dictionary:
                {
                    var values = (FlatVector<T>)dictionary.Dictionary.Flatten();
                    RunDictionary(groupIds, values.Values, values.Nulls, dictionary.Ids, ref update);
                    return;
                }
            default:
                Vector flattened = vector.Flatten();
                if (ReferenceEquals(flattened, vector))
                {
                    throw new InvalidOperationException($"Unexpected {vector.GetType().Name} of {vector.Type} for a {typeof(T).Name} accumulator");
                }
                Run<T, TUpdate>(groupIds, flattened, rowCount, ref update);
                return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RunNoNulls<T, TUpdate>(ReadOnlySpan<int> groupIds, T[] valueArray, ref TUpdate update)
        where T : unmanaged
        where TUpdate : struct, IGroupedUpdate<T>
    {
        ReadOnlySpan<T> values = valueArray.AsSpan(0, groupIds.Length);
        for (int i = 0; i < values.Length; i++)
        {
            update.Update(groupIds[i], values[i]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RunWithNulls<T, TUpdate>(ReadOnlySpan<int> groupIds, T[] valueArray, ulong[] nulls, ref TUpdate update)
        where T : unmanaged
        where TUpdate : struct, IGroupedUpdate<T>
    {
        ReadOnlySpan<T> values = valueArray.AsSpan(0, groupIds.Length);
        int rowCount = values.Length;
        for (int start = 0, word = 0; start < rowCount; start += 64, word++)
        {
            int end = Math.Min(start + 64, rowCount);
            ulong bits = nulls[word];
            if (bits == 0)
            {
                for (int i = start; i < end; i++)
                {
                    update.Update(groupIds[i], values[i]);
                }
            }
            else if (bits != ulong.MaxValue)
            {
                for (int i = start; i < end; i++)
                {
                    if ((bits & (1UL << i)) == 0)
                    {
                        update.Update(groupIds[i], values[i]);
                    }
                }
            }
        }
    }

    private static void RunDictionary<T, TUpdate>(ReadOnlySpan<int> groupIds, T[] values, ulong[]? nulls, int[] ids, ref TUpdate update)
        where T : unmanaged
        where TUpdate : struct, IGroupedUpdate<T>
    {
        if (nulls is null)
        {
            for (int i = 0; i < groupIds.Length; i++)
            {
                update.Update(groupIds[i], values[ids[i]]);
            }
            return;
        }
        for (int i = 0; i < groupIds.Length; i++)
        {
            int id = ids[i];
            if (!Bitmap.Get(nulls, id))
            {
                update.Update(groupIds[i], values[id]);
            }
        }
    }
}
