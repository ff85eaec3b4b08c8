using System.Numerics;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>A HyperLogLog sketch (2^11 one-byte registers, about 2.3% standard error) for distinct-count estimates.</summary>
/// <remarks>Adding a value twice changes nothing, so a sketch can be extended with rows it may already have seen.</remarks>
internal sealed class HyperLogLog
{
    private const int Precision = 11;
    private const int RegisterCount = 1 << Precision;

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
        double sum = 0;
        int zeros = 0;
        byte[] registers = _registers;
        for (int i = 0; i < registers.Length; i++)
        {
            sum += Math.ScaleB(1.0, -registers[i]);
            if (registers[i] == 0)
            {
                zeros++;
            }
        }
        const double m = RegisterCount;
        double estimate = 0.7213 / (1 + 1.079 / m) * m * m / sum;
        if (estimate <= 2.5 * m && zeros > 0)
        {
            estimate = m * Math.Log(m / zeros);   // linear counting is more accurate for small sets
        }
        return estimate;
    }

    public HyperLogLog Clone() => new((byte[])_registers.Clone());
}
