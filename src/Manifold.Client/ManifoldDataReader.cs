using System.Collections;
using System.Collections.ObjectModel;
using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Manifold.Client.Protocol;

namespace Manifold.Client;

/// <summary>Streams the rows of one statement. Pages are fetched as rows are read (one page ahead), so the first rows
/// are available before the query ends and memory stays bounded by two pages whatever the result size.</summary>
/// <remarks>
/// Values map to CLR types as follows: boolean → bool, tinyint → sbyte, smallint → short, integer → int, bigint → long,
/// real → float, double → double, decimal → decimal, varchar/char/json → string, varbinary → byte[], date → DateOnly,
/// time → TimeOnly, time with time zone → DateTimeOffset (on 0001-01-02), timestamp → DateTime (Unspecified),
/// timestamp with time zone → DateTimeOffset, interval day to second → TimeSpan, interval year to month → int (months),
/// uuid → Guid, ipaddress → IPAddress, array(T) → T[] (nullable elements for value types), map(K, V) →
/// Dictionary&lt;K, V&gt;, row → object[]; other types (HyperLogLog, ...) → string. <see cref="GetFieldValue{T}"/> also
/// converts: DateTime/DateOnly/TimeOnly/TimeSpan/DateTimeOffset between each other, typed arrays (<c>int[]</c>,
/// <c>long?[]</c>) and dictionaries (<c>IDictionary&lt;string, long&gt;</c>), and numeric types.
/// <para>Not thread-safe, like every ADO.NET reader.</para>
/// </remarks>
public sealed class ManifoldDataReader : DbDataReader, IDbColumnSchemaGenerator
{
    private readonly StatementClient _statement;
    private readonly ManifoldConnection _connection;
    private readonly CommandBehavior _behavior;
    private readonly ColumnInfo[] _columns;
    private readonly FieldToken[] _fields;
    private readonly bool _hasRows;
    private ResultPage? _page;
    private int _position;
    private bool _onRow;
    private bool _closed;
    private bool _done;

    internal ManifoldDataReader(StatementClient statement, ResultPage? firstPage, ManifoldConnection connection, CommandBehavior behavior)
    {
        _statement = statement;
        _connection = connection;
        _behavior = behavior;
        _columns = statement.Columns is { } columns ? [.. columns] : [];
        _fields = new FieldToken[_columns.Length];
        _page = firstPage;
        _position = firstPage is null ? 0 : firstPage.DataStart + 1;
        _hasRows = firstPage is not null;
        _done = firstPage is null;
    }

    /// <summary>The server's query id.</summary>
    public string? QueryId => _statement.QueryId;

    /// <summary>The stats of the latest response (state, splits, processed rows and bytes, elapsed time, progress).</summary>
    public ManifoldQueryStats Stats => _statement.Stats;

    /// <summary>The statement kind for statements without a result set (<c>INSERT</c>, <c>SET SESSION</c>, ...), else null.</summary>
    public string? UpdateType => _statement.UpdateType;

    /// <summary>Rows changed by DML, when the server reported it.</summary>
    public long? UpdateCount => _statement.UpdateCount;

    /// <summary>Warnings the server attached to the query.</summary>
    public IReadOnlyList<ManifoldWarning> Warnings => _statement.Warnings;

    /// <summary>The human-facing info page of the query (<c>infoUri</c>).</summary>
    public string? InfoUri => _statement.InfoUri;

    /// <summary>Rows read so far.</summary>
    public long RowsRead => _statement.RowsRead;

    internal int PeakHeldPages => _statement.PeakHeldPages;

    internal long PeakBufferedBytes => _statement.PeakBufferedBytes;

    /// <inheritdoc />
    public override int FieldCount => _columns.Length;

    /// <inheritdoc />
    public override int RecordsAffected => _statement.UpdateCount is { } count ? (int)Math.Min(count, int.MaxValue) : -1;

    /// <inheritdoc />
    public override bool HasRows => _hasRows;

    /// <inheritdoc />
    public override bool IsClosed => _closed;

    /// <inheritdoc />
    public override int Depth => 0;

    /// <inheritdoc />
    public override object this[int ordinal] => GetValue(ordinal);

    /// <inheritdoc />
    public override object this[string name] => GetValue(GetOrdinal(name));

    /// <inheritdoc />
    public override bool Read()
    {
        if (TryReadRow())
        {
            return true;
        }
        return !_done && AdvanceAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    public override Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        if (TryReadRow())
        {
            return Task.FromResult(true);
        }
        return _done ? Task.FromResult(false) : AdvanceAsync(cancellationToken);
    }

    private async Task<bool> AdvanceAsync(CancellationToken cancellationToken)
    {
        ThrowIfClosed();
        while (true)
        {
            ResultPage? finished = _page;
            _page = null;
            _statement.Release(finished);
            ResultPage? next = await _statement.NextDataPageAsync(cancellationToken).ConfigureAwait(false);
            if (next is null)
            {
                _done = true;
                _onRow = false;
                return false;
            }
            _page = next;
            _position = next.DataStart + 1;
            if (TryReadRow())
            {
                return true;
            }
        }
    }

    /// <summary>Tokenizes the next row of the current page, recording where each value lies.</summary>
    private bool TryReadRow()
    {
        ResultPage? page = _page;
        if (page is null)
        {
            _onRow = false;
            return false;
        }
        byte[] buffer = page.Buffer;
        int position = _position;
        int end = page.DataEnd;
        while (position < end && buffer[position] is (byte)',' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            position++;
        }
        if (position >= end)
        {
            _onRow = false;
            return false;
        }
        var reader = new Utf8JsonReader(buffer.AsSpan(position, end - position));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            throw new ManifoldDbException("A result row is not a JSON array");
        }
        FieldToken[] fields = _fields;
        for (int i = 0; i < fields.Length; i++)
        {
            if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
            {
                throw new ManifoldDbException($"A result row has {i} values for {fields.Length} columns");
            }
            ref FieldToken field = ref fields[i];
            JsonTokenType type = reader.TokenType;
            field.Type = type;
            if (type == JsonTokenType.String)
            {
                field.Start = position + (int)reader.TokenStartIndex + 1;
                field.Length = reader.ValueSpan.Length;
                field.Escaped = reader.ValueIsEscaped;
            }
            else if (type is JsonTokenType.StartArray or JsonTokenType.StartObject)
            {
                int start = (int)reader.TokenStartIndex;
                reader.Skip();
                field.Start = position + start;
                field.Length = (int)reader.TokenStartIndex + 1 - start;
                field.Escaped = false;
            }
            else
            {
                field.Start = position + (int)reader.TokenStartIndex;
                field.Length = reader.ValueSpan.Length;
                field.Escaped = false;
            }
        }
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new ManifoldDbException($"A result row has more values than its {fields.Length} columns");
        }
        _position = position + (int)reader.BytesConsumed;
        _onRow = true;
        _statement.RowsRead++;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref FieldToken Field(int ordinal)
    {
        if (!_onRow)
        {
            ThrowNoRow();
        }
        return ref _fields[ordinal];
    }

    private ReadOnlySpan<byte> Raw(in FieldToken field) => _page!.Buffer.AsSpan(field.Start, field.Length);

    private void ThrowNoRow()
    {
        ThrowIfClosed();
        throw new InvalidOperationException("No current row: call Read() first, and only while it returns true");
    }

    private void ThrowIfClosed()
    {
        if (_closed)
        {
            throw new InvalidOperationException("The reader is closed");
        }
    }

    private InvalidCastException NullValue(int ordinal) => new($"Column '{_columns[ordinal].Name}' is NULL; check IsDBNull first or read it as a nullable type");

    /// <inheritdoc />
    public override bool IsDBNull(int ordinal) => Field(ordinal).Type == JsonTokenType.Null;

    /// <inheritdoc />
    public override Task<bool> IsDBNullAsync(int ordinal, CancellationToken cancellationToken) => Task.FromResult(IsDBNull(ordinal));

    /// <inheritdoc />
    public override bool GetBoolean(int ordinal)
    {
        ref FieldToken field = ref Field(ordinal);
        return field.Type switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Null => throw NullValue(ordinal),
            _ => Convert.ToBoolean(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <inheritdoc />
    public override long GetInt64(int ordinal)
    {
        ref FieldToken field = ref Field(ordinal);
        if (field.Type == JsonTokenType.Number && _columns[ordinal].Type.Kind is TypeKind.BigInt or TypeKind.Integer or TypeKind.SmallInt or TypeKind.TinyInt)
        {
            return ValueDecoder.ParseInt64(Raw(field));
        }
        return field.Type == JsonTokenType.Null ? throw NullValue(ordinal) : Convert.ToInt64(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override int GetInt32(int ordinal) => checked((int)GetInt64Any(ordinal));

    /// <inheritdoc />
    public override short GetInt16(int ordinal) => checked((short)GetInt64Any(ordinal));

    /// <inheritdoc />
    public override byte GetByte(int ordinal) => checked((byte)GetInt64Any(ordinal));

    private long GetInt64Any(int ordinal) => GetInt64(ordinal);

    /// <inheritdoc />
    public override double GetDouble(int ordinal)
    {
        ref FieldToken field = ref Field(ordinal);
        if (field.Type is JsonTokenType.Number or JsonTokenType.String && _columns[ordinal].Type.Kind is TypeKind.Double or TypeKind.Real)
        {
            return ValueDecoder.ParseDouble(Raw(field));
        }
        return field.Type == JsonTokenType.Null ? throw NullValue(ordinal) : Convert.ToDouble(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override float GetFloat(int ordinal) => (float)GetDouble(ordinal);

    /// <inheritdoc />
    public override decimal GetDecimal(int ordinal)
    {
        ref FieldToken field = ref Field(ordinal);
        if (field.Type is JsonTokenType.String or JsonTokenType.Number && _columns[ordinal].Type.Kind is TypeKind.Decimal)
        {
            return ValueDecoder.ParseDecimal(Raw(field));
        }
        return field.Type == JsonTokenType.Null ? throw NullValue(ordinal) : Convert.ToDecimal(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The value as text: strings as they are, numbers and booleans in their JSON form, arrays/maps/rows as JSON
    /// text, varbinary as Base64, dates and times as the server wrote them (exact even beyond .NET's precision).</summary>
    /// <param name="ordinal">The column.</param>
    /// <returns>The text.</returns>
    public override string GetString(int ordinal)
    {
        ref FieldToken field = ref Field(ordinal);
        return field.Type switch
        {
            JsonTokenType.String => ValueDecoder.GetString(Raw(field), field.Escaped),
            JsonTokenType.Null => throw NullValue(ordinal),
            _ => System.Text.Encoding.UTF8.GetString(Raw(field)),
        };
    }

    /// <inheritdoc />
    public override char GetChar(int ordinal)
    {
        string text = GetString(ordinal);
        return text.Length > 0 ? text[0] : throw new InvalidCastException($"Column '{_columns[ordinal].Name}' holds an empty string");
    }

    /// <summary>timestamp → the value; date → midnight; timestamp with time zone → the instant in UTC.</summary>
    /// <param name="ordinal">The column.</param>
    /// <returns>The value.</returns>
    public override DateTime GetDateTime(int ordinal)
    {
        ref FieldToken field = ref Field(ordinal);
        if (field.Type == JsonTokenType.String)
        {
            switch (_columns[ordinal].Type.Kind)
            {
                case TypeKind.Timestamp:
                    return ValueDecoder.ParseTimestamp(Raw(field));
                case TypeKind.Date:
                    return ValueDecoder.ParseDate(Raw(field)).ToDateTime(TimeOnly.MinValue);
                default:
                    break;
            }
        }
        return GetFieldValue<DateTime>(ordinal);
    }

    /// <inheritdoc />
    public override Guid GetGuid(int ordinal) => GetFieldValue<Guid>(ordinal);

    /// <inheritdoc />
    public override object GetValue(int ordinal)
    {
        ref FieldToken field = ref Field(ordinal);
        if (field.Type == JsonTokenType.Null)
        {
            return DBNull.Value;
        }
        ClientType type = _columns[ordinal].Type;
        if (field.Type is JsonTokenType.StartArray or JsonTokenType.StartObject)
        {
            var reader = new Utf8JsonReader(Raw(field));
            reader.Read();
            return ValueDecoder.DecodeNested(type, ref reader) ?? DBNull.Value;
        }
        return ValueDecoder.DecodeScalar(type, field.Type, Raw(field), field.Escaped) ?? DBNull.Value;
    }

    /// <inheritdoc />
    public override int GetValues(object[] values)
    {
        int count = Math.Min(values.Length, _columns.Length);
        for (int i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }
        return count;
    }

    /// <summary>Reads a value as <typeparamref name="T"/>: the column's own type, a nullable form of it (null for NULL),
    /// DateOnly, TimeOnly, DateTime, DateTimeOffset, TimeSpan, byte[], Guid, string, typed arrays (<c>int[]</c>,
    /// <c>string[][]</c>) and dictionaries (<c>IDictionary&lt;K, V&gt;</c>), or numeric conversions.</summary>
    /// <typeparam name="T">The requested type.</typeparam>
    /// <param name="ordinal">The column.</param>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidCastException">The value is NULL and <typeparamref name="T"/> cannot hold null, or the
    /// conversion is not possible.</exception>
    public override T GetFieldValue<T>(int ordinal)
    {
        ref FieldToken field = ref Field(ordinal);
        if (typeof(T) == typeof(long) && field.Type == JsonTokenType.Number)
        {
            long value = GetInt64(ordinal);
            return Unsafe.As<long, T>(ref value);
        }
        if (typeof(T) == typeof(int) && field.Type == JsonTokenType.Number)
        {
            int value = GetInt32(ordinal);
            return Unsafe.As<int, T>(ref value);
        }
        if (typeof(T) == typeof(double) && field.Type != JsonTokenType.Null)
        {
            double value = GetDouble(ordinal);
            return Unsafe.As<double, T>(ref value);
        }
        if (typeof(T) == typeof(decimal) && field.Type != JsonTokenType.Null)
        {
            decimal value = GetDecimal(ordinal);
            return Unsafe.As<decimal, T>(ref value);
        }
        if (typeof(T) == typeof(string) && field.Type is JsonTokenType.String)
        {
            return (T)(object)GetString(ordinal);
        }
        if (typeof(T) == typeof(DateOnly) && field.Type == JsonTokenType.String && _columns[ordinal].Type.Kind == TypeKind.Date)
        {
            DateOnly value = ValueDecoder.ParseDate(Raw(field));
            return Unsafe.As<DateOnly, T>(ref value);
        }
        if (field.Type == JsonTokenType.Null)
        {
            if (typeof(T) == typeof(object) || typeof(T) == typeof(DBNull))
            {
                return (T)(object)DBNull.Value;
            }
            return default(T) is null ? default! : throw NullValue(ordinal);
        }
        ClientType type = _columns[ordinal].Type;
        if (field.Type is JsonTokenType.StartArray or JsonTokenType.StartObject)
        {
            var reader = new Utf8JsonReader(Raw(field));
            reader.Read();
            return (T)ValueDecoder.DecodeAs(type, ref reader, typeof(T))!;
        }
        object? natural = ValueDecoder.DecodeScalar(type, field.Type, Raw(field), field.Escaped);
        if (typeof(T) == typeof(string) && natural is not null and not string)
        {
            return (T)(object)GetString(ordinal);
        }
        return (T)ValueDecoder.ConvertScalar(natural, typeof(T))!;
    }

    /// <inheritdoc />
    public override Task<T> GetFieldValueAsync<T>(int ordinal, CancellationToken cancellationToken) => Task.FromResult(GetFieldValue<T>(ordinal));

    /// <inheritdoc />
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length)
    {
        byte[] bytes = GetFieldValue<byte[]>(ordinal);
        if (buffer is null)
        {
            return bytes.Length;
        }
        int count = (int)Math.Max(0, Math.Min(length, bytes.Length - dataOffset));
        Array.Copy(bytes, dataOffset, buffer, bufferOffset, count);
        return count;
    }

    /// <inheritdoc />
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        string text = GetString(ordinal);
        if (buffer is null)
        {
            return text.Length;
        }
        int count = (int)Math.Max(0, Math.Min(length, text.Length - dataOffset));
        text.CopyTo((int)dataOffset, buffer, bufferOffset, count);
        return count;
    }

    /// <summary>The Trino type name of a column, e.g. <c>varchar(25)</c> or <c>timestamp(3) with time zone</c>.</summary>
    /// <param name="ordinal">The column.</param>
    /// <returns>The type name.</returns>
    public override string GetDataTypeName(int ordinal) => _columns[ordinal].TypeName;

    /// <inheritdoc />
    public override Type GetFieldType(int ordinal) => _columns[ordinal].Type.ClrType;

    /// <inheritdoc />
    public override string GetName(int ordinal) => _columns[ordinal].Name;

    /// <inheritdoc />
    public override int GetOrdinal(string name)
    {
        for (int i = 0; i < _columns.Length; i++)
        {
            if (_columns[i].Name == name)
            {
                return i;
            }
        }
        for (int i = 0; i < _columns.Length; i++)
        {
            if (string.Equals(_columns[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        throw new IndexOutOfRangeException($"No column named '{name}'");
    }

    /// <inheritdoc />
    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    /// <inheritdoc />
    public override bool NextResult() => false;

    /// <inheritdoc />
    public override Task<bool> NextResultAsync(CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>The columns with their Trino type names (<see cref="ManifoldDbColumn"/>).</summary>
    /// <returns>One entry per column.</returns>
    public ReadOnlyCollection<DbColumn> GetColumnSchema()
    {
        var columns = new DbColumn[_columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            columns[i] = new ManifoldDbColumn(i, _columns[i]);
        }
        return new ReadOnlyCollection<DbColumn>(columns);
    }

    /// <inheritdoc />
    public override DataTable GetSchemaTable()
    {
        var table = new DataTable("SchemaTable");
        table.Columns.Add(SchemaTableColumn.ColumnName, typeof(string));
        table.Columns.Add(SchemaTableColumn.ColumnOrdinal, typeof(int));
        table.Columns.Add(SchemaTableColumn.ColumnSize, typeof(int));
        table.Columns.Add(SchemaTableColumn.NumericPrecision, typeof(int));
        table.Columns.Add(SchemaTableColumn.NumericScale, typeof(int));
        table.Columns.Add(SchemaTableColumn.DataType, typeof(Type));
        table.Columns.Add("DataTypeName", typeof(string));
        table.Columns.Add(SchemaTableColumn.ProviderType, typeof(string));
        table.Columns.Add(SchemaTableColumn.AllowDBNull, typeof(bool));
        table.Columns.Add(SchemaTableColumn.IsLong, typeof(bool));
        table.Columns.Add(SchemaTableColumn.IsKey, typeof(bool));
        table.Columns.Add(SchemaTableColumn.IsUnique, typeof(bool));
        table.Columns.Add(SchemaTableColumn.IsAliased, typeof(bool));
        table.Columns.Add(SchemaTableColumn.IsExpression, typeof(bool));
        table.Columns.Add(SchemaTableOptionalColumn.IsReadOnly, typeof(bool));
        foreach (ManifoldDbColumn column in GetColumnSchema().Cast<ManifoldDbColumn>())
        {
            table.Rows.Add(column.ColumnName, column.ColumnOrdinal, column.ColumnSize, (object?)column.NumericPrecision ?? DBNull.Value,
                (object?)column.NumericScale ?? DBNull.Value, column.DataType, column.DataTypeName, column.RawType, true, column.IsLong ?? false,
                false, false, false, false, true);
        }
        return table;
    }

    /// <inheritdoc />
    public override void Close() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override Task CloseAsync() => DisposeAsync().AsTask();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }
    }

    /// <summary>Closes the reader. A query not read to the end is cancelled on the server (DELETE nextUri); statements
    /// without a result set (DDL, DML, SET SESSION, ...) are drained instead.</summary>
    /// <returns>A task for the close.</returns>
    public override async ValueTask DisposeAsync()
    {
        if (_closed)
        {
            return;
        }
        _closed = true;
        _onRow = false;
        _page?.Dispose();
        _page = null;
        await _statement.DisposeAsync().ConfigureAwait(false);
        if ((_behavior & CommandBehavior.CloseConnection) != 0)
        {
            await _connection.CloseAsync().ConfigureAwait(false);
        }
    }
}
