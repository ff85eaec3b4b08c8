namespace Manifold.Engine.Functions.Aggregate;

/// <summary>Growth of the flat per-group state arrays that every accumulator keeps.</summary>
internal static class GroupArrays
{
    /// <summary>The length to grow to for <paramref name="count"/> items: at least double, at least 16.</summary>
    public static int NextLength(int currentLength, int count)
        => Math.Max(count, Math.Max(16, currentLength >= int.MaxValue / 2 ? int.MaxValue - 64 : currentLength * 2));

    /// <summary>Grows <paramref name="array"/> to hold <paramref name="count"/> items; new items are <c>default</c>.</summary>
    public static void Grow<T>(ref T[] array, int count)
    {
        if (count > array.Length)
        {
            Array.Resize(ref array, NextLength(array.Length, count));
        }
    }

    /// <summary>Grows <paramref name="array"/> to hold <paramref name="count"/> items; new items are <paramref name="fill"/>.</summary>
    public static void Grow<T>(ref T[] array, int count, T fill)
    {
        if (count > array.Length)
        {
            int old = array.Length;
            Array.Resize(ref array, NextLength(array.Length, count));
            array.AsSpan(old).Fill(fill);
        }
    }

    /// <summary>The largest target of <paramref name="groupMapping"/> plus one (the capacity a merge needs).</summary>
    public static int MappedCount(ReadOnlySpan<int> groupMapping)
    {
        int max = -1;
        for (int i = 0; i < groupMapping.Length; i++)
        {
            max = Math.Max(max, groupMapping[i]);
        }
        return max + 1;
    }
}
