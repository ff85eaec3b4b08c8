using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Manifold.Client;

/// <summary>A command parameter. Its value is sent as a typed SQL literal in <c>EXECUTE … USING</c>; see
/// <see cref="ManifoldCommand"/>.</summary>
public sealed class ManifoldParameter : DbParameter
{
    private string _name = "";
    private string _sourceColumn = "";

    /// <summary>Creates an unnamed parameter.</summary>
    public ManifoldParameter()
    {
    }

    /// <summary>Creates a parameter.</summary>
    /// <param name="name">The name, with or without a leading <c>@</c>; empty for positional parameters.</param>
    /// <param name="value">The value; null or <see cref="DBNull"/> for NULL.</param>
    public ManifoldParameter(string? name, object? value)
    {
        ParameterName = name ?? "";
        Value = value;
    }

    /// <inheritdoc />
    public override DbType DbType { get; set; } = DbType.Object;

    /// <summary>Only <see cref="ParameterDirection.Input"/> is supported.</summary>
    public override ParameterDirection Direction
    {
        get => ParameterDirection.Input;
        set
        {
            if (value != ParameterDirection.Input)
            {
                throw new NotSupportedException("Only input parameters are supported");
            }
        }
    }

    /// <inheritdoc />
    public override bool IsNullable { get; set; } = true;

    /// <summary>The name without a leading <c>@</c>, <c>:</c> or <c>?</c>.</summary>
    [AllowNull]
    public override string ParameterName
    {
        get => _name;
        set => _name = (value ?? "").TrimStart('@', ':', '?');
    }

    /// <inheritdoc />
    public override int Size { get; set; }

    /// <inheritdoc />
    [AllowNull]
    public override string SourceColumn { get => _sourceColumn; set => _sourceColumn = value ?? ""; }

    /// <inheritdoc />
    public override bool SourceColumnNullMapping { get; set; }

    /// <inheritdoc />
    public override object? Value { get; set; }

    /// <inheritdoc />
    public override void ResetDbType() => DbType = DbType.Object;
}
