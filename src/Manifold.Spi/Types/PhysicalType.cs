namespace Manifold.Spi.Types;

/// <summary>How values of a SQL type are laid out in vectors.</summary>
/// <remarks>
/// <list type="table">
/// <item><term>Boolean</term><description><c>bool</c> per value (boolean, and unknown, which is always null)</description></item>
/// <item><term>Int8/16/32/64</term><description>tinyint, smallint, integer (also date: days since 1970-01-01), bigint (also
/// short decimal: unscaled; time: picoseconds of the day; timestamp: microseconds since the epoch; interval year to month:
/// months; interval day to second: milliseconds)</description></item>
/// <item><term>Float32/64</term><description>real, double</description></item>
/// <item><term>Int128</term><description>long decimal (precision above 18), unscaled; uuid, as its 16 bytes read big-endian</description></item>
/// <item><term>TimestampWithZone</term><description><see cref="TimestampWithZone"/></description></item>
/// <item><term>Bytes</term><description>varchar, char (trailing blanks removed), varbinary, json: UTF-8 or raw bytes plus offsets</description></item>
/// <item><term>Array, Map, Row</term><description>offsets over child vectors; a row holds one child per field</description></item>
/// </list>
/// </remarks>
public enum PhysicalType
{
    /// <summary><c>bool</c>.</summary>
    Boolean,
    /// <summary><c>sbyte</c>.</summary>
    Int8,
    /// <summary><c>short</c>.</summary>
    Int16,
    /// <summary><c>int</c>.</summary>
    Int32,
    /// <summary><c>long</c>.</summary>
    Int64,
    /// <summary><c>float</c>.</summary>
    Float32,
    /// <summary><c>double</c>.</summary>
    Float64,
    /// <summary><c>Int128</c>.</summary>
    Int128,
    /// <summary><see cref="Types.TimestampWithZone"/>.</summary>
    TimestampWithZone,
    /// <summary>Variable-length bytes.</summary>
    Bytes,
    /// <summary>Offsets plus an element vector.</summary>
    Array,
    /// <summary>Offsets plus key and value vectors.</summary>
    Map,
    /// <summary>One vector per field.</summary>
    Row,
}
