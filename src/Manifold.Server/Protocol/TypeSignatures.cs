using Manifold.Spi.Types;

namespace Manifold.Server.Protocol;

/// <summary>SQL types as the protocol names them (client-protocol.md §4.2, §7.1): Trino's spaced display names and
/// signatures. Without the <c>PARAMETRIC_DATETIME</c> capability, time and timestamp types lose their precision.</summary>
internal static class TypeSignatures
{
    private const long UnboundedVarcharLength = int.MaxValue;

    public static Column ToColumn(string name, SqlType type, bool parametricDatetime)
        => new(name, DisplayName(type, parametricDatetime), Signature(type, parametricDatetime));

    public static string DisplayName(SqlType type, bool parametricDatetime) => type switch
    {
        DecimalType d => $"decimal({d.Precision}, {d.Scale})",
        TimeType t => parametricDatetime ? $"time({t.Precision})" : "time",
        TimestampType t => parametricDatetime ? $"timestamp({t.Precision})" : "timestamp",
        TimestampWithTimeZoneType t => parametricDatetime ? $"timestamp({t.Precision}) with time zone" : "timestamp with time zone",
        ArrayType a => $"array({DisplayName(a.Element, parametricDatetime)})",
        MapType m => $"map({DisplayName(m.Key, parametricDatetime)}, {DisplayName(m.Value, parametricDatetime)})",
        RowType r => "row(" + string.Join(", ", r.Fields.Select(f =>
            f.Name is null ? DisplayName(f.Type, parametricDatetime) : $"{FieldName(f.Name)} {DisplayName(f.Type, parametricDatetime)}")) + ")",
        _ => type.Name,
    };

    public static ClientTypeSignature Signature(SqlType type, bool parametricDatetime) => type switch
    {
        DecimalType d => new("decimal", [ClientTypeSignatureParameter.Long(d.Precision), ClientTypeSignatureParameter.Long(d.Scale)]),
        VarcharType v => new("varchar", [ClientTypeSignatureParameter.Long(v.Length ?? UnboundedVarcharLength)]),
        CharType c => new("char", [ClientTypeSignatureParameter.Long(c.Length)]),
        TimeType t => new("time", parametricDatetime ? [ClientTypeSignatureParameter.Long(t.Precision)] : []),
        TimestampType t => new("timestamp", parametricDatetime ? [ClientTypeSignatureParameter.Long(t.Precision)] : []),
        TimestampWithTimeZoneType t => new("timestamp with time zone", parametricDatetime ? [ClientTypeSignatureParameter.Long(t.Precision)] : []),
        ArrayType a => new("array", [ClientTypeSignatureParameter.Type(Signature(a.Element, parametricDatetime))]),
        MapType m => new("map",
        [
            ClientTypeSignatureParameter.Type(Signature(m.Key, parametricDatetime)),
            ClientTypeSignatureParameter.Type(Signature(m.Value, parametricDatetime)),
        ]),
        RowType r => new("row", r.Fields.Select(f => ClientTypeSignatureParameter.Named(
            new NamedTypeSignature(f.Name is null ? null : new RowFieldName(f.Name), Signature(f.Type, parametricDatetime)))).ToArray()),
        _ => new(type.Name, []),
    };

    private static string FieldName(string name)
    {
        bool plain = name.Length > 0 && (char.IsAsciiLetterLower(name[0]) || name[0] == '_');
        foreach (char c in name)
        {
            plain &= char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_';
        }
        return plain ? name : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
