using System.Runtime.CompilerServices;
using System.Text;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>A weighted list of values from dbgen's <c>dists.dss</c>, ready for drawing.</summary>
internal sealed class TpchDistribution
{
    private readonly int[] _expanded;

    /// <summary>Creates a distribution from (value, weight) pairs in file order.</summary>
    public TpchDistribution(string name, params (string Value, int Weight)[] entries)
    {
        Name = name;
        Values = new string[entries.Length];
        Utf8 = new byte[entries.Length][];
        Weights = new int[entries.Length];
        int total = 0;
        for (int i = 0; i < entries.Length; i++)
        {
            Values[i] = entries[i].Value;
            Utf8[i] = Encoding.UTF8.GetBytes(entries[i].Value);
            Weights[i] = entries[i].Weight;
            total += Math.Max(entries[i].Weight, 0);
        }
        // Each value repeated weight times: a draw of uniform(0, W-1) indexes it, which selects the same entry as
        // dbgen's uniform(1, W) against the cumulative weights.
        _expanded = new int[total];
        int next = 0;
        for (int i = 0; i < entries.Length; i++)
        {
            for (int j = 0; j < entries[i].Weight; j++)
            {
                _expanded[next++] = i;
            }
        }
        int longest = 0;
        foreach (byte[] value in Utf8)
        {
            longest = Math.Max(longest, value.Length);
        }
        MaxLength = longest;
    }

    /// <summary>The list's name in dists.dss.</summary>
    public string Name { get; }

    /// <summary>The values in file order.</summary>
    public string[] Values { get; }

    /// <summary>The values as UTF-8 (ASCII) bytes.</summary>
    public byte[][] Utf8 { get; }

    /// <summary>The weights in file order.</summary>
    public int[] Weights { get; }

    /// <summary>Number of entries.</summary>
    public int Count => Values.Length;

    /// <summary>Length in bytes of the longest value.</summary>
    public int MaxLength { get; }

    /// <summary>dbgen's <c>pick</c>: one draw, returns the index of the selected entry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Pick(ref long seed) => _expanded[TpchRandom.Uniform(ref seed, 0, _expanded.Length - 1)];
}
