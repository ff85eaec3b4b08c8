using System.Globalization;
using System.Text;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Writes a single value as Trino's text form, for array_join and friends.</summary>
/// <remarks>
/// The text is that of <c>CAST(x AS varchar)</c>. Character, integral and boolean values are written without
/// allocating; every other type goes through <see cref="SqlValueFormatter.FormatCast(Vector, int)"/>.
/// </remarks>
internal static class ValueText
{
    /// <summary>Whether values of <paramref name="type"/> can be written.</summary>
    public static bool Supports(SqlType type) => SqlValueFormatter.CanFormatCast(type);

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
            default:
                Write(Encoding.UTF8.GetBytes(SqlValueFormatter.FormatCast(resolved, position) ?? ""), scratch, ref written);
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
