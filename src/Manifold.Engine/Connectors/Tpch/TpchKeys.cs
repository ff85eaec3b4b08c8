using System.Runtime.CompilerServices;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Key and price formulas shared by several tables (GENERATOR-NOTES §6.5, §6.6).</summary>
internal static class TpchKeys
{
    /// <summary>o_orderkey of order index <paramref name="index"/> (from 1): keeps the low 3 bits, shifts the rest left by 2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long OrderKey(long index) => ((index >> 3) << 5) | (index & 7);

    /// <summary>p_retailprice in cents of part <paramref name="partKey"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long RetailPriceCents(long partKey) => 90000 + ((partKey / 10) % 20001) + 100 * (partKey % 1000);

    /// <summary>The supplier key of supplier number <paramref name="number"/> (0..3) of a part: the part–supplier bridge.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long PartSupplier(long partKey, long number, long suppliers)
        => ((partKey + (number * ((suppliers / 4) + ((partKey - 1) / suppliers)))) % suppliers) + 1;
}
