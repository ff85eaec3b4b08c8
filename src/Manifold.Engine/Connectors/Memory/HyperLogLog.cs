using System.Numerics;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>A HyperLogLog sketch (2^12 one-byte registers, about 1.6% standard error) for distinct-count estimates.</summary>
/// <remarks>Adding a value twice changes nothing, so a sketch can be extended with rows it may already have seen. The
/// estimate uses Ertl's improved estimator ("New cardinality estimation algorithms for HyperLogLog sketches", 2017),
/// which needs no empirical bias tables and is accurate from a handful of values to billions.</remarks>
internal sealed class HyperLogLog
{
    private const int Precision = 12;
    private const int RegisterCount = 1 << Precision;
    private const int MaxRank = 64 - Precision + 1;

    private readonly byte[] _registers;

    public HyperLogLog() => _registers = new byte[RegisterCount];

    private HyperLogLog(byte[] registers) => _registers = registers;

    /// <summary>Adds a value by its 64-bit hash (see <see cref="ValueHasher"/>).</summary>
    public void Add(ulong hash)
    {
        int index = (int)(hash >> (64 - Precision));
        ulong rest = (hash << Precision) | (1UL << (Precision - 1));
        byte rank = (byte)(BitOperations.LeadingZeroCount(rest) + 1);
        if (rank > _registers[index])
        {
            _registers[index] = rank;
        }
    }

    /// <summary>The estimated number of distinct values added.</summary>
    public double Estimate()
    {
        Span<int> histogram = stackalloc int[MaxRank + 1];
        foreach (byte register in _registers)
        {
            histogram[register]++;
        }
        const double m = RegisterCount;
        double z = m * Tau(1 - histogram[MaxRank] / m);
        for (int k = MaxRank - 1; k >= 1; k--)
        {
            z = 0.5 * (z + histogram[k]);
        }
        z += m * Sigma(histogram[0] / m);
        return m * m / (2 * Math.Log(2) * z);
    }

    public HyperLogLog Clone() => new((byte[])_registers.Clone());

    private static double Sigma(double x)
    {
        if (x == 1)
        {
            return double.PositiveInfinity;
        }
        double y = 1;
        double z = x;
        while (true)
        {
            x *= x;
            double next = z + x * y;
            y += y;
            if (next == z)
            {
                return z;
            }
            z = next;
        }
    }

    private static double Tau(double x)
    {
        if (x == 0 || x == 1)
        {
            return 0;
        }
        double y = 1;
        double z = 1 - x;
        while (true)
        {
            x = Math.Sqrt(x);
            double previous = z;
            y *= 0.5;
            z -= (1 - x) * (1 - x) * y;
            if (previous == z)
            {
                return z / 3;
            }
        }
    }
}
