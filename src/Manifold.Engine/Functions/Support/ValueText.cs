using System.Globalization;
using System.Text;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Writes a single value as Trino's text form, for array_join and friends.</summary>
/// <remarks>
/// Covers the types whose text form is unambiguous (character, integral, boolean, decimal). Other types wait for
/// <c>Manifold.Spi.Types.SqlValueFormatter</c> (being written with the casts) and raise NOT_SUPPORTED until then.
/// </remarks>
internal static class ValueText
{
    /// <summary>Whether values of <paramref name="type"/> can be written.</summary>
    public static bool Supports(SqlType type) => type.Kind is TypeKind.Varchar or TypeKind.Char or TypeKind.Boolean
        or TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt or TypeKind.Decimal or TypeKind.Unknown;

    /// <summary>Appends the text of <paramref name="vector"/>[<paramref name="position"/>] (not null) as UTF-8.</summary>
    public static void Append(Vector vector, int position, Utf8Scratch scratch, ref int written)
    {
        Vector resolved = VectorBuilder.Resolve(vector, ref position);
        switch (resolved.Type.Kind)
        {
            case TypeKind.Varchar or TypeKind.Char:
                Write(((BytesVector)resolved).GetBytes(position), scratch, ref written);
                return;
            case TypeKind.Boolean:
                Write(((FlatVector<bool>)resolved).Values[position] ? "true"u8 : "false"u8, scratch, ref written);
                return;
            case TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt:
            {
                Span<byte> digits = stackalloc byte[24];
                IntegerValues.Read(resolved, position).TryFormat(digits, out int length, default, CultureInfo.InvariantCulture);
                Write(digits[..length], scratch, ref written);
                return;
            }
            case TypeKind.Decimal:
                Write(Encoding.UTF8.GetBytes(DecimalMath.ToString(DecimalMath.ReadUnscaled(resolved, position), ((DecimalType)resolved.Type).Scale)), scratch, ref written);
                return;
            default:
                FunctionErrors.NotSupported($"Converting {resolved.Type} values to text is not supported yet");
                return;
        }
    }

    /// <summary>Appends raw bytes to the scratch buffer at <paramref name="written"/>.</summary>
    public static void Write(ReadOnlySpan<byte> bytes, Utf8Scratch scratch, ref int written)
    {
        bytes.CopyTo(scratch.Grow(written + bytes.Length, written)[written..]);
        written += bytes.Length;
    }
}
