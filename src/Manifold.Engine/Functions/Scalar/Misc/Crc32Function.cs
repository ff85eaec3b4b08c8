using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Misc;

[ScalarFunction("crc32", Description = "The CRC-32 checksum of the binary value.", Example = "crc32(to_utf8('abc')) = 891568578")]
internal sealed class Crc32Function : IScalarFunction
{
    private static readonly uint[] s_table = CreateTable();

    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("bigint", "varbinary")];

    public IScalarKernel Specialize(BoundFunction function) => new BytesToFixedKernel<long, Operation>(SqlType.BigInt);

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[i] = c;
        }
        return table;
    }

    private readonly struct Operation : IBytesToFixed<long>
    {
        public static long Apply(ReadOnlySpan<byte> input)
        {
            uint crc = 0xFFFFFFFFu;
            uint[] table = s_table;
            foreach (byte b in input)
            {
                crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }
            return ~crc;
        }
    }
}
