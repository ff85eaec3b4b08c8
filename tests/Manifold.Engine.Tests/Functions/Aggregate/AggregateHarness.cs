using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Functions.Aggregate;

/// <summary>How the harness encodes argument vectors.</summary>
public enum InputEncoding
{
    Flat,
    Dictionary,
    /// <summary>A page whose column holds one value throughout becomes a constant vector; others stay flat.</summary>
    ConstantWhereUniform,
}

/// <summary>Runs an aggregate over rows with group ids the way the hash aggregation operator does, and compares every
/// group's result with a naive row-by-row reference: over random page boundaries, in one accumulator and split across
/// two or three accumulators that are then merged, with flat, dictionary and constant inputs.</summary>
internal sealed class AggregateHarness
{
    private readonly IAggregateFunction _function;
    private readonly BoundFunction _bound;
    private readonly IAccumulatorFactory _factory;

    public AggregateHarness(IAggregateFunction function, string name, params SqlType[] argumentTypes)
    {
        _function = function;
        _bound = SignatureBinder.Bind(name, function.Signatures, argumentTypes);
        _factory = function.Specialize(_bound);
    }

    public SqlType ReturnType => _bound.ReturnType;

    /// <summary>Row count per argument column, then rows; groups hold one id per row.</summary>
    public sealed record Input(IReadOnlyList<object?[]> Columns, int[] Groups, int GroupCount)
    {
        public int RowCount => Groups.Length;

        public List<object?[]> RowsOf(int group)
        {
            var rows = new List<object?[]>();
            for (int r = 0; r < Groups.Length; r++)
            {
                if (Groups[r] == group)
                {
                    rows.Add(Columns.Select(c => c[r]).ToArray());
                }
            }
            return rows;
        }
    }

    /// <summary>Results per group from one accumulator fed page by page; also checks that Evaluate does not change state.</summary>
    public object?[] RunSingle(Input input, Random random, InputEncoding encoding)
    {
        IGroupedAccumulator accumulator = _factory.Create();
        accumulator.EnsureCapacity(input.GroupCount);
        Feed(accumulator, input, Enumerable.Range(0, input.RowCount).ToArray(), input.Groups, random, encoding);
        object?[] first = Evaluate(accumulator, input.GroupCount, Enumerable.Range(0, input.GroupCount).ToArray());
        object?[] second = Evaluate(accumulator, input.GroupCount, Enumerable.Range(0, input.GroupCount).ToArray());
        Assert.Equal(first.Length, second.Length);
        for (int g = 0; g < first.Length; g++)
        {
            Assert.True(ResultComparer.Equal(first[g], second[g], 0), $"Evaluating group {g} twice gave {ResultComparer.Show(first[g])} then {ResultComparer.Show(second[g])}");
        }
        Assert.True(accumulator.EstimatedBytes > 0);
        return first;
    }

    /// <summary>Results per group after splitting the rows over 2–3 accumulators with their own group numbering and merging
    /// them into the first. With <paramref name="contiguous"/>, each part holds a run of consecutive rows (so order-sensitive
    /// results match the unsplit order); otherwise rows go to random parts.</summary>
    public object?[] RunSplit(Input input, Random random, InputEncoding encoding, bool contiguous)
    {
        int parts = random.Next(2, 4);
        int[] partOfRow = new int[input.RowCount];
        if (contiguous)
        {
            int[] cuts = Enumerable.Range(0, parts - 1).Select(_ => random.Next(input.RowCount + 1)).Order().ToArray();
            for (int r = 0; r < input.RowCount; r++)
            {
                partOfRow[r] = cuts.Count(c => c <= r);
            }
        }
        else
        {
            for (int r = 0; r < input.RowCount; r++)
            {
                partOfRow[r] = random.Next(parts);
            }
        }
        var localIds = new List<Dictionary<int, int>>();
        var accumulators = new List<IGroupedAccumulator>();
        for (int p = 0; p < parts; p++)
        {
            int[] rows = Enumerable.Range(0, input.RowCount).Where(r => partOfRow[r] == p).ToArray();
            var ids = new Dictionary<int, int>();
            int[] groups = rows.Select(r => ids.TryGetValue(input.Groups[r], out int id) ? id : ids[input.Groups[r]] = ids.Count).ToArray();
            IGroupedAccumulator accumulator = _factory.Create();
            accumulator.EnsureCapacity(ids.Count);
            // Partial results must also be evaluable before the merge (and must not be disturbed by it).
            Feed(accumulator, input, rows, groups, random, encoding);
            _ = Evaluate(accumulator, ids.Count, Enumerable.Range(0, ids.Count).ToArray());
            localIds.Add(ids);
            accumulators.Add(accumulator);
        }
        Dictionary<int, int> targetIds = localIds[0];
        for (int p = 1; p < parts; p++)
        {
            Dictionary<int, int> ids = localIds[p];
            int[] mapping = new int[ids.Count];
            foreach ((int global, int local) in ids)
            {
                mapping[local] = targetIds.TryGetValue(global, out int target) ? target : targetIds[global] = targetIds.Count;
            }
            accumulators[0].EnsureCapacity(targetIds.Count);
            accumulators[0].Merge(accumulators[p], mapping);
        }
        accumulators[0].EnsureCapacity(Math.Max(targetIds.Count, 1));
        // Groups that no part saw get fresh ids: they must evaluate as empty.
        int[] localOfGlobal = new int[input.GroupCount];
        for (int g = 0; g < input.GroupCount; g++)
        {
            localOfGlobal[g] = targetIds.TryGetValue(g, out int id) ? id : targetIds[g] = targetIds.Count;
        }
        accumulators[0].EnsureCapacity(targetIds.Count);
        return Evaluate(accumulators[0], input.GroupCount, localOfGlobal);
    }

    /// <summary>Runs both modes with every encoding and compares each group with <paramref name="reference"/>.</summary>
    public void Check(Input input, int seed, Func<List<object?[]>, object?> reference, bool orderSensitive = false, double tolerance = 1e-9,
        Func<object?, object?, bool>? equal = null)
    {
        object?[] expected = Enumerable.Range(0, input.GroupCount).Select(g => reference(input.RowsOf(g))).ToArray();
        foreach (InputEncoding encoding in Enum.GetValues<InputEncoding>())
        {
            var random = new Random(seed * 31 + (int)encoding);
            Compare(expected, RunSingle(input, random, encoding), $"single accumulator, {encoding}, seed {seed}", tolerance, equal);
            Compare(expected, RunSplit(input, random, encoding, contiguous: orderSensitive), $"merged accumulators, {encoding}, seed {seed}", tolerance, equal);
        }
    }

    private static void Compare(object?[] expected, object?[] actual, string what, double tolerance, Func<object?, object?, bool>? equal)
    {
        for (int g = 0; g < expected.Length; g++)
        {
            bool same = equal is not null ? equal(expected[g], actual[g]) : ResultComparer.Equal(expected[g], actual[g], tolerance);
            Assert.True(same, $"Group {g} ({what}): expected {ResultComparer.Show(expected[g])}, got {ResultComparer.Show(actual[g])}");
        }
    }

    private void Feed(IGroupedAccumulator accumulator, Input input, int[] rows, int[] groups, Random random, InputEncoding encoding)
    {
        int start = 0;
        while (start < rows.Length)
        {
            int length = Math.Min(rows.Length - start, random.Next(4) == 0 ? random.Next(1, 8) : random.Next(1, 300));
            var vectors = new Vector[_bound.ArgumentTypes.Count];
            for (int a = 0; a < vectors.Length; a++)
            {
                object?[] values = new object?[length];
                for (int i = 0; i < length; i++)
                {
                    values[i] = input.Columns[a][rows[start + i]];
                }
                vectors[a] = Encode(_bound.ArgumentTypes[a], values, random, encoding);
            }
            // Group ids arrive in a longer buffer than the page, as the operator's scratch arrays would.
            int[] groupIds = new int[length + 5];
            Array.Copy(groups, start, groupIds, 0, length);
            accumulator.Add(groupIds, vectors, length);
            start += length;
        }
    }

    public static Vector Encode(SqlType type, object?[] values, Random random, InputEncoding encoding)
    {
        VectorBuilder builder = VectorBuilder.Create(type, values.Length);
        foreach (object? value in values)
        {
            builder.AppendObject(value);
        }
        Vector flat = builder.Build();
        switch (encoding)
        {
            case InputEncoding.Dictionary when values.Length > 0:
                {
                    int[] permutation = Enumerable.Range(0, values.Length).OrderBy(_ => random.Next()).ToArray();
                    Vector dictionary = flat.Take(permutation);
                    int[] ids = new int[values.Length + 3];
                    for (int i = 0; i < permutation.Length; i++)
                    {
                        ids[permutation[i]] = i;
                    }
                    return new DictionaryVector(dictionary, ids, values.Length);
                }
            case InputEncoding.ConstantWhereUniform when values.Length > 0 && values.All(v => ResultComparer.Equal(v, values[0], 0)):
                return new ConstantVector(flat.Slice(0, 1), values.Length);
            default:
                return flat;
        }
    }

    private object?[] Evaluate(IGroupedAccumulator accumulator, int groupCount, int[] localIds)
    {
        VectorBuilder output = VectorBuilder.Create(_bound.ReturnType, groupCount);
        for (int g = 0; g < groupCount; g++)
        {
            accumulator.Evaluate(localIds[g], output);
        }
        Vector result = output.Build();
        Assert.Equal(groupCount, result.Count);
        return Enumerable.Range(0, groupCount).Select(result.GetObject).ToArray();
    }

    public override string ToString() => $"{_bound.Name}({string.Join(", ", _bound.ArgumentTypes)}) of {_function.GetType().Name}";
}
