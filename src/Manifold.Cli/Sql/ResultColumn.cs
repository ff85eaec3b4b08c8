namespace Manifold.Cli.Sql;

/// <summary>A result column as the printers need it.</summary>
/// <param name="Name">The column name.</param>
/// <param name="TypeName">The SQL type, e.g. <c>varchar(25)</c>.</param>
/// <param name="IsNumeric">True for tinyint … bigint, real, double and decimal: right-aligned in tables.</param>
/// <param name="IsBinary">True for varbinary: hex dumps wrap at 16 bytes per line in ALIGNED and VERTICAL.</param>
internal sealed record ResultColumn(string Name, string TypeName, bool IsNumeric, bool IsBinary = false);
