using System.Text;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Conversion;

/// <summary>The cast error messages, worded as Trino's.</summary>
internal static class CastErrors
{
    public static ManifoldException InvalidCast(string message) => new(StandardErrorCode.InvalidCastArgument, message);

    public static ManifoldException OutOfRange(string message) => new(StandardErrorCode.NumericValueOutOfRange, message);

    /// <summary>"Cannot cast 'abc' to INT" (Trino's upper-case type words for varchar sources).</summary>
    public static ManifoldException CannotCastText(ReadOnlySpan<byte> text, string typeWord)
        => InvalidCast($"Cannot cast '{Encoding.UTF8.GetString(text)}' to {typeWord}");

    /// <summary>Trino's upper-case name of a type in messages: INT, BIGINT, DOUBLE, DECIMAL(10, 2), ….</summary>
    public static string TypeWord(SqlType type) => type.Kind switch
    {
        TypeKind.Integer => "INT",
        TypeKind.Decimal => $"DECIMAL({((DecimalType)type).Precision}, {((DecimalType)type).Scale})",
        _ => type.Name.ToUpperInvariant(),
    };

    /// <summary>Upper-case integral name used by "Cannot cast INTEGER '5' to DECIMAL(1, 0)".</summary>
    public static string IntegralWord(SqlType type) => type.Kind switch
    {
        TypeKind.TinyInt => "TINYINT",
        TypeKind.SmallInt => "SMALLINT",
        TypeKind.Integer => "INTEGER",
        _ => "BIGINT",
    };

    public static ManifoldException NotRepresentable(string value, int length)
        => InvalidCast($"Value {value} cannot be represented as varchar({length})");
}
