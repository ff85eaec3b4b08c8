using System.Data.Common;
using Manifold.Client.Protocol;

namespace Manifold.Client;

/// <summary>Schema of a result column (<see cref="ManifoldDataReader.GetColumnSchema"/>); <see cref="DbColumn.DataTypeName"/>
/// is the Trino type name as the server wrote it, e.g. <c>decimal(12, 2)</c> or <c>array(varchar)</c>.</summary>
public sealed class ManifoldDbColumn : DbColumn
{
    internal ManifoldDbColumn(int ordinal, ColumnInfo column)
    {
        ColumnName = column.Name;
        ColumnOrdinal = ordinal;
        DataTypeName = column.TypeName;
        DataType = column.Type.ClrType;
        RawType = column.Type.RawType;
        AllowDBNull = true;
        NumericPrecision = column.Type.Precision;
        NumericScale = column.Type.Scale;
        ColumnSize = column.Type.Length ?? -1;
        IsLong = column.Type.Kind is TypeKind.Varbinary or TypeKind.Json || (column.Type.Kind is TypeKind.Varchar && column.Type.Length is null);
        IsReadOnly = true;
        IsKey = false;
        IsUnique = false;
        IsAliased = false;
        IsExpression = false;
        IsAutoIncrement = false;
        IsHidden = false;
        IsIdentity = false;
    }

    /// <summary>The base type name of the signature (<c>rawType</c>): <c>decimal</c>, <c>timestamp with time zone</c>, <c>array</c>, ...</summary>
    public string RawType { get; }
}
