using System.Buffers.Binary;
using System.Security.Cryptography;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Misc;

[ScalarFunction("uuid", Description = "A random (version 4) UUID.", Example = "uuid() = UUID '12151fd2-7586-11e9-8f9e-2a86e4085a59'", Deterministic = false)]
internal sealed class UuidFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("uuid")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel() : ScalarKernel(SqlType.Uuid, deterministic: false)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            var values = new Int128[System.Math.Max(rowCount, 1)];
            Span<byte> bytes = stackalloc byte[16];
            for (int row = 0; row < rowCount; row++)
            {
                RandomNumberGenerator.Fill(bytes);
                bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
                bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
                values[row] = BinaryPrimitives.ReadInt128BigEndian(bytes);
            }
            return new FlatVector<Int128>(SqlType.Uuid, values, null, rowCount);
        }
    }
}
