using System.Text;

namespace Manifold.Engine.Tests.Functions.Aggregate;

/// <summary>Seeded generators of test columns (boxed physical values, nulls at a given rate) and group ids.</summary>
internal static class RandomData
{
    public static int[] Groups(Random random, int rowCount, int groupCount)
    {
        // The last group never gets a row: every test also covers an empty group.
        int used = Math.Max(1, groupCount - 1);
        return Enumerable.Range(0, rowCount).Select(_ => random.Next(used)).ToArray();
    }

    public static object?[] Column(Random random, int rowCount, double nullRate, Func<Random, object> value)
        => Enumerable.Range(0, rowCount).Select(_ => random.NextDouble() < nullRate ? null : value(random)).ToArray();

    public static object Int64(Random random, long range) => random.NextInt64(-range, range + 1);

    public static object String(Random random)
    {
        const string alphabet = "abcxyzé€ ";
        int length = random.Next(0, 10);
        var builder = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }
        return builder.ToString();
    }

    /// <summary>Seeds used by the randomized tests; a failure message names the seed.</summary>
    public static IEnumerable<object[]> Seeds => [[1], [2], [3]];
}
