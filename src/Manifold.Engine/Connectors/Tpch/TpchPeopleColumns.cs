using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Columns supplier and customer generate the same way: address, nation key, phone, account balance.</summary>
internal static class TpchPeopleColumns
{
    private const int AddressDraws = 9;
    private const int AddressMinLength = 10;
    private const int AddressMaxLength = 40;

    /// <summary>Addresses: alphanumeric strings of 10..40 characters, stream padded to 9 draws per row.</summary>
    public static BytesVector Addresses(ref long seed, TpchBytesBuilder text, SqlType type, int rows)
    {
        text.Reset(rows, AddressMaxLength);
        long s = seed;
        for (int i = 0; i < rows; i++)
        {
            int length = TpchText.AlphaNumeric(ref s, AddressMinLength, AddressMaxLength, text.Reserve());
            text.Commit(length);
            int used = 1 + (length + 4) / 5;
            s = TpchRandom.Pad(s, AddressDraws - used);
        }
        seed = s;
        return text.Build(type);
    }

    /// <summary>Nation keys 0..24, one draw per row.</summary>
    public static void DrawNations(ref long seed, int[] nations, int rows)
    {
        long s = seed;
        int last = TpchDistributions.Nations.Count - 1;
        for (int i = 0; i < rows; i++)
        {
            nations[i] = TpchRandom.Uniform(ref s, 0, last);
        }
        seed = s;
    }

    public static Vector NationKeys(int[] nations, int rows, ref long[] scratch)
    {
        if (scratch.Length < rows)
        {
            scratch = new long[rows];
        }
        for (int i = 0; i < rows; i++)
        {
            scratch[i] = nations[i];
        }
        return TpchVectors.Longs(scratch.AsSpan(0, rows));
    }

    /// <summary>Phone numbers of the rows' nations, three draws per row.</summary>
    public static BytesVector Phones(ref long seed, int[] nations, TpchBytesBuilder text, SqlType type, int rows)
    {
        text.Reset(rows, 15);
        long s = seed;
        for (int i = 0; i < rows; i++)
        {
            TpchText.Phone(ref s, nations[i], text.Reserve());
            text.Commit(15);
        }
        seed = s;
        return text.Build(type);
    }

    /// <summary>Account balances: -999.99 .. 9999.99, one draw per row.</summary>
    public static Vector Balances(ref long seed, ref int[] scratch, SqlType type, int rows)
    {
        if (scratch.Length < rows)
        {
            scratch = new int[rows];
        }
        long s = seed;
        for (int i = 0; i < rows; i++)
        {
            scratch[i] = TpchRandom.Uniform(ref s, -99999, 999999);
        }
        seed = s;
        return TpchVectors.Money(scratch.AsSpan(0, rows), type);
    }
}
